using Patcher.X411.Model;

namespace Patcher.X411.Tests.Oracle;

/// <summary>The extensions of one envelope or per-recipient field: the opaque ones, and the decoded trace extensions.</summary>
internal sealed class EnvelopeExtensions
{
    private ArrayBuilder<ExtensionField> _fields;

    /// <summary>Keeps an opaque (non-trace) extension field.</summary>
    public void Add(ExtensionField field) => _fields.Add(field);

    /// <summary>The opaque fields, in order; called once, when the envelope is built.</summary>
    public ExtensionField[] ToFields() => _fields.ToArray();

    public InternalTraceInformationElement[]? InternalTrace { get; set; }

    public TraceInformationElement[]? Trace { get; set; }
}
