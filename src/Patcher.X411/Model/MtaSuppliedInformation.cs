namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>MTASuppliedInformation ::= SET { arrival-time [0], routing-action [2], attempted CHOICE { mta MTAName,
/// domain GlobalDomainIdentifier } OPTIONAL, deferred-time [1] OPTIONAL, converted-EITs OPTIONAL, other-actions [3] DEFAULT {} }</c>.
/// </summary>
/// <param name="ArrivalTime">When the message reached the MTA.</param>
/// <param name="RoutingAction">Relayed or rerouted.</param>
/// <param name="AttemptedMta">The MTA a reroute was attempted to.</param>
/// <param name="AttemptedDomain">The domain a reroute was attempted to.</param>
/// <param name="DeferredTime">When deferred delivery released the message.</param>
/// <param name="ConvertedEncodedInformationTypes">The types after a conversion.</param>
/// <param name="OtherActions">Redirection and DL expansion.</param>
public readonly record struct MtaSuppliedInformation(
    DateTimeOffset ArrivalTime,
    RoutingAction RoutingAction = RoutingAction.Relayed,
    string? AttemptedMta = null,
    GlobalDomainIdentifier? AttemptedDomain = null,
    DateTimeOffset? DeferredTime = null,
    EncodedInformationTypes? ConvertedEncodedInformationTypes = null,
    OtherActions OtherActions = OtherActions.None);
