using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

/// <summary>The extensions of one envelope or per-recipient field: the opaque ones, and the decoded trace extensions.</summary>
internal sealed class EnvelopeExtensions
{
    public List<ExtensionField> Fields { get; } = [];

    public InternalTraceInformationElement[]? InternalTrace { get; set; }

    public TraceInformationElement[]? Trace { get; set; }
}
