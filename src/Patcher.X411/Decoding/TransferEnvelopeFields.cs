using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

/// <summary>The members message and probe transfer envelopes share, gathered while reading the SET.</summary>
internal struct TransferEnvelopeFields
{
    public ulong Seen;
    public MtsIdentifier Identifier;
    public OrName? Originator;
    public EncodedInformationTypes? OriginalEncodedInformationTypes;
    public ContentType? ContentType;
    public string? ContentIdentifier;
    public Priority Priority;
    public PerMessageIndicators PerMessageIndicators;
    public DateTimeOffset? DeferredDeliveryTime;
    public long? ContentLength;
    public TraceInformationElement[]? Trace;
    public EnvelopeExtensions? Extensions;
    public PerRecipientMessageTransferFields[]? Recipients;
}
