namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>DomainSuppliedInformation ::= SET { arrival-time [0], routing-action [2], attempted-domain OPTIONAL,
/// deferred-time [1] OPTIONAL, converted-encoded-information-types OPTIONAL, other-actions [3] DEFAULT {} }</c>.
/// </summary>
/// <param name="ArrivalTime">When the message entered the domain: the field KB Q248732 is about.</param>
/// <param name="RoutingAction">Relayed or rerouted.</param>
/// <param name="AttemptedDomain">The domain a reroute was attempted to.</param>
/// <param name="DeferredTime">When deferred delivery released the message.</param>
/// <param name="ConvertedEncodedInformationTypes">The types after a conversion.</param>
/// <param name="OtherActions">Redirection and DL expansion.</param>
public sealed record DomainSuppliedInformation(
    DateTimeOffset ArrivalTime,
    RoutingAction RoutingAction = RoutingAction.Relayed,
    GlobalDomainIdentifier? AttemptedDomain = null,
    DateTimeOffset? DeferredTime = null,
    EncodedInformationTypes? ConvertedEncodedInformationTypes = null,
    OtherActions OtherActions = OtherActions.None);
