namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>DomainSuppliedInformation ::= SET { arrival-time [0], routing-action [2], attempted-domain OPTIONAL,
/// deferred-time [1] OPTIONAL, converted-encoded-information-types OPTIONAL, other-actions [3] DEFAULT {} }</c>.
/// </summary>
/// <remarks>
/// One per hop. A relay writes an arrival time and a routing action, and seldom anything else: the three optional
/// members live in one object that is absent when all three are, and the rest is a value held in its trace element
/// (issue 13).
/// </remarks>
public readonly partial record struct DomainSuppliedInformation
{
    // Null when there is no attempted domain, deferred time or converted types: the record compares field by field.
    private readonly Optionals? _optionals;

    /// <summary>What a domain records of a message's passage.</summary>
    /// <param name="ArrivalTime">When the message entered the domain: the field KB Q248732 is about.</param>
    /// <param name="RoutingAction">Relayed or rerouted.</param>
    /// <param name="AttemptedDomain">The domain a reroute was attempted to.</param>
    /// <param name="DeferredTime">When deferred delivery released the message.</param>
    /// <param name="ConvertedEncodedInformationTypes">The types after a conversion.</param>
    /// <param name="OtherActions">Redirection and DL expansion.</param>
    public DomainSuppliedInformation(
        DateTimeOffset ArrivalTime,
        RoutingAction RoutingAction = RoutingAction.Relayed,
        GlobalDomainIdentifier? AttemptedDomain = null,
        DateTimeOffset? DeferredTime = null,
        EncodedInformationTypes? ConvertedEncodedInformationTypes = null,
        OtherActions OtherActions = OtherActions.None)
    {
        this.ArrivalTime = ArrivalTime;
        this.RoutingAction = RoutingAction;
        this.OtherActions = OtherActions;
        _optionals = Optionals.Of(AttemptedDomain, DeferredTime, ConvertedEncodedInformationTypes);
    }

    /// <summary>When the message entered the domain: the field KB Q248732 is about.</summary>
    public DateTimeOffset ArrivalTime { get; init; }

    /// <summary>Relayed or rerouted.</summary>
    public RoutingAction RoutingAction { get; init; }

    /// <summary>The domain a reroute was attempted to.</summary>
    public GlobalDomainIdentifier? AttemptedDomain
    {
        get => _optionals?.AttemptedDomain;
        init => _optionals = Optionals.Of(value, DeferredTime, ConvertedEncodedInformationTypes);
    }

    /// <summary>When deferred delivery released the message.</summary>
    public DateTimeOffset? DeferredTime
    {
        get => _optionals?.DeferredTime;
        init => _optionals = Optionals.Of(AttemptedDomain, value, ConvertedEncodedInformationTypes);
    }

    /// <summary>The types after a conversion.</summary>
    public EncodedInformationTypes? ConvertedEncodedInformationTypes
    {
        get => _optionals?.ConvertedEncodedInformationTypes;
        init => _optionals = Optionals.Of(AttemptedDomain, DeferredTime, value);
    }

    /// <summary>Redirection and DL expansion.</summary>
    public OtherActions OtherActions { get; init; }

    /// <summary>Deconstructs the information into its members, in the constructor's order.</summary>
    public void Deconstruct(out DateTimeOffset ArrivalTime, out RoutingAction RoutingAction, out GlobalDomainIdentifier? AttemptedDomain,
        out DateTimeOffset? DeferredTime, out EncodedInformationTypes? ConvertedEncodedInformationTypes, out OtherActions OtherActions)
    {
        ArrivalTime = this.ArrivalTime;
        RoutingAction = this.RoutingAction;
        AttemptedDomain = this.AttemptedDomain;
        DeferredTime = this.DeferredTime;
        ConvertedEncodedInformationTypes = this.ConvertedEncodedInformationTypes;
        OtherActions = this.OtherActions;
    }

    /// <summary>The optional members; never built with all three absent.</summary>
    private sealed record Optionals(GlobalDomainIdentifier? AttemptedDomain, DateTimeOffset? DeferredTime, EncodedInformationTypes? ConvertedEncodedInformationTypes)
    {
        public static Optionals? Of(GlobalDomainIdentifier? attempted, DateTimeOffset? deferred, EncodedInformationTypes? converted) =>
            attempted is null && deferred is null && converted is null ? null : new Optionals(attempted, deferred, converted);
    }
}
