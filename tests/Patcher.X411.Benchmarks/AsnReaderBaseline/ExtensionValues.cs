using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

/// <summary>One extensions SET: the opaque fields, and the decoded trace extensions (37, 38).</summary>
internal sealed class ExtensionValues
{
    public List<ExtensionField> Fields { get; } = [];

    public TraceInformationElement[]? Trace { get; set; }

    public InternalTraceInformationElement[]? InternalTrace { get; set; }
}
