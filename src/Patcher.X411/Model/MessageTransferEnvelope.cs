namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>MessageTransferEnvelope ::= SET { COMPONENTS OF PerMessageTransferFields, per-recipient-fields [2] }</c>.
/// Per-domain bilateral information is checked for structure and not kept.
/// </summary>
/// <remarks>
/// Most envelopes carry only the five required members: the eight optional ones live in one object of their own
/// (<see cref="Optionals"/>), absent while all of them keep their defaults, so that a decoded message's envelope is
/// half the size (issue 13). The record still compares member by member: the optionals are either absent or a record
/// with at least one member set.
/// </remarks>
/// <param name="MessageIdentifier">message-identifier.</param>
/// <param name="Originator">originator-name.</param>
/// <param name="ContentType">content-type.</param>
/// <param name="TraceInformation">trace-information [APPLICATION 9] (1..512 elements).</param>
/// <param name="Recipients">per-recipient-fields [2] (1..32767).</param>
public sealed record MessageTransferEnvelope(
    MtsIdentifier MessageIdentifier,
    OrName Originator,
    ContentType ContentType,
    EquatableArray<TraceInformationElement> TraceInformation,
    EquatableArray<PerRecipientMessageTransferFields> Recipients)
{
    private readonly Optionals? _optionals;

    /// <summary>An envelope with all its members at once (the decoder's checked path), its optionals made once.</summary>
    internal MessageTransferEnvelope(MtsIdentifier messageIdentifier, OrName originator, ContentType contentType,
        EquatableArray<TraceInformationElement> traceInformation, EquatableArray<PerRecipientMessageTransferFields> recipients,
        Optionals? optionals)
        : this(messageIdentifier, originator, contentType, traceInformation, recipients) =>
        _optionals = optionals;

    /// <summary>original-encoded-information-types.</summary>
    public EncodedInformationTypes? OriginalEncodedInformationTypes
    {
        get => _optionals?.OriginalEncodedInformationTypes;
        init => _optionals = Optionals.Of(Members with { OriginalEncodedInformationTypes = value });
    }

    /// <summary>content-identifier [APPLICATION 10].</summary>
    public string? ContentIdentifier
    {
        get => _optionals?.ContentIdentifier;
        init => _optionals = Optionals.Of(Members with { ContentIdentifier = value });
    }

    /// <summary>priority [APPLICATION 7].</summary>
    public Priority Priority
    {
        get => _optionals?.Priority ?? Priority.Normal;
        init => _optionals = Optionals.Of(Members with { Priority = value });
    }

    /// <summary>per-message-indicators [APPLICATION 8].</summary>
    public PerMessageIndicators PerMessageIndicators
    {
        get => _optionals?.PerMessageIndicators ?? PerMessageIndicators.None;
        init => _optionals = Optionals.Of(Members with { PerMessageIndicators = value });
    }

    /// <summary>deferred-delivery-time [0].</summary>
    public DateTimeOffset? DeferredDeliveryTime
    {
        get => _optionals?.DeferredDeliveryTime;
        init => _optionals = Optionals.Of(Members with { DeferredDeliveryTime = value });
    }

    /// <summary>The envelope's extensions other than the trace extensions.</summary>
    public EquatableArray<ExtensionField> Extensions
    {
        get => _optionals?.Extensions ?? default;
        init => _optionals = Optionals.Of(Members with { Extensions = value });
    }

    /// <summary>internal-trace-information, standard extension 38.</summary>
    public EquatableArray<InternalTraceInformationElement> InternalTraceInformation
    {
        get => _optionals?.InternalTraceInformation ?? default;
        init => _optionals = Optionals.Of(Members with { InternalTraceInformation = value });
    }

    /// <summary>trace-information carried as standard extension 37.</summary>
    public EquatableArray<TraceInformationElement> ExtensionTraceInformation
    {
        get => _optionals?.ExtensionTraceInformation ?? default;
        init => _optionals = Optionals.Of(Members with { ExtensionTraceInformation = value });
    }

    private Optionals Members => _optionals ?? Optionals.None;

    /// <summary>The eight optional members; <c>Of</c> gives null while all keep their defaults.</summary>
    internal sealed record Optionals(
        EncodedInformationTypes? OriginalEncodedInformationTypes,
        string? ContentIdentifier,
        Priority Priority,
        PerMessageIndicators PerMessageIndicators,
        DateTimeOffset? DeferredDeliveryTime,
        EquatableArray<ExtensionField> Extensions,
        EquatableArray<InternalTraceInformationElement> InternalTraceInformation,
        EquatableArray<TraceInformationElement> ExtensionTraceInformation)
    {
        public static readonly Optionals None = new(null, null, Priority.Normal, PerMessageIndicators.None, null, default, default, default);

        /// <summary>These members, or null while all keep their defaults (an init accessor's change).</summary>
        public static Optionals? Of(Optionals members) =>
            AllDefault(members.OriginalEncodedInformationTypes, members.ContentIdentifier, members.Priority, members.PerMessageIndicators,
                members.DeferredDeliveryTime, members.Extensions, members.InternalTraceInformation, members.ExtensionTraceInformation)
                ? null
                : members;

        /// <summary>The members of a decoded envelope: null, and nothing allocated, while all keep their defaults.</summary>
        public static Optionals? Of(EncodedInformationTypes? originalTypes, string? contentIdentifier, Priority priority,
            PerMessageIndicators indicators, DateTimeOffset? deferredDeliveryTime, EquatableArray<ExtensionField> extensions,
            EquatableArray<InternalTraceInformationElement> internalTrace, EquatableArray<TraceInformationElement> extensionTrace) =>
            AllDefault(originalTypes, contentIdentifier, priority, indicators, deferredDeliveryTime, extensions, internalTrace, extensionTrace)
                ? null
                : new(originalTypes, contentIdentifier, priority, indicators, deferredDeliveryTime, extensions, internalTrace, extensionTrace);

        /// <summary>Whether every member has its default; an empty list is a default one, as <see cref="EquatableArray{T}"/> compares them.</summary>
        private static bool AllDefault(EncodedInformationTypes? originalTypes, string? contentIdentifier, Priority priority,
            PerMessageIndicators indicators, DateTimeOffset? deferredDeliveryTime, EquatableArray<ExtensionField> extensions,
            EquatableArray<InternalTraceInformationElement> internalTrace, EquatableArray<TraceInformationElement> extensionTrace) =>
            originalTypes is null && contentIdentifier is null && priority == Priority.Normal && indicators == PerMessageIndicators.None
            && deferredDeliveryTime is null && extensions.IsEmpty && internalTrace.IsEmpty && extensionTrace.IsEmpty;
    }
}
