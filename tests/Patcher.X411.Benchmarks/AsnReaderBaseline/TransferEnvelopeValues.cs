using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

/// <summary>The members of a message or probe transfer envelope, gathered while reading the SET.</summary>
internal sealed class TransferEnvelopeValues
{
    public MtsIdentifier? Identifier { get; set; }

    public OrName? Originator { get; set; }

    public EncodedInformationTypes? OriginalEncodedInformationTypes { get; set; }

    public ContentType? ContentType { get; set; }

    public string? ContentIdentifier { get; set; }

    public Priority Priority { get; set; }

    public PerMessageIndicators PerMessageIndicators { get; set; }

    public DateTimeOffset? DeferredDeliveryTime { get; set; }

    public long? ContentLength { get; set; }

    public TraceInformationElement[]? Trace { get; set; }

    public ExtensionValues? Extensions { get; set; }

    public PerRecipientMessageTransferFields[]? Recipients { get; set; }

    public MessageTransferEnvelope ToMessageEnvelope() =>
        new(Identifier.GetValueOrDefault(), Originator!, ContentType!, Trace!, Recipients!)
        {
            OriginalEncodedInformationTypes = OriginalEncodedInformationTypes,
            ContentIdentifier = ContentIdentifier,
            Priority = Priority,
            PerMessageIndicators = PerMessageIndicators,
            DeferredDeliveryTime = DeferredDeliveryTime,
            Extensions = Extensions?.Fields.ToArray() ?? [],
            InternalTraceInformation = Extensions?.InternalTrace ?? [],
            ExtensionTraceInformation = Extensions?.Trace ?? [],
        };

    public ProbeTransferEnvelope ToProbeEnvelope() =>
        new(Identifier.GetValueOrDefault(), Originator!, ContentType!, Trace!, Recipients!)
        {
            OriginalEncodedInformationTypes = OriginalEncodedInformationTypes,
            ContentIdentifier = ContentIdentifier,
            ContentLength = ContentLength,
            PerMessageIndicators = PerMessageIndicators,
            Extensions = Extensions?.Fields.ToArray() ?? [],
            InternalTraceInformation = Extensions?.InternalTrace ?? [],
            ExtensionTraceInformation = Extensions?.Trace ?? [],
        };
}
