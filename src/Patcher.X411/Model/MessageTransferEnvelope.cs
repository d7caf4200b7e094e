namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>MessageTransferEnvelope ::= SET { COMPONENTS OF PerMessageTransferFields, per-recipient-fields [2] }</c>.
/// Per-domain bilateral information is checked for structure and not kept.
/// </summary>
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
    /// <summary>original-encoded-information-types.</summary>
    public EncodedInformationTypes? OriginalEncodedInformationTypes { get; init; }

    /// <summary>content-identifier [APPLICATION 10].</summary>
    public string? ContentIdentifier { get; init; }

    /// <summary>priority [APPLICATION 7].</summary>
    public Priority Priority { get; init; }

    /// <summary>per-message-indicators [APPLICATION 8].</summary>
    public PerMessageIndicators PerMessageIndicators { get; init; }

    /// <summary>deferred-delivery-time [0].</summary>
    public DateTimeOffset? DeferredDeliveryTime { get; init; }

    /// <summary>The envelope's extensions other than the trace extensions.</summary>
    public EquatableArray<ExtensionField> Extensions { get; init; }

    /// <summary>internal-trace-information, standard extension 38.</summary>
    public EquatableArray<InternalTraceInformationElement> InternalTraceInformation { get; init; }

    /// <summary>trace-information carried as standard extension 37.</summary>
    public EquatableArray<TraceInformationElement> ExtensionTraceInformation { get; init; }
}
