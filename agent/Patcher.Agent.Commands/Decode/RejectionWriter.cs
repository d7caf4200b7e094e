using System.Globalization;
using Patcher.Agent.Ndr;
using Patcher.X411.Ndr;
using Patcher.X411.Rejection;

namespace Patcher.Agent.Decode;

/// <summary>The text form of <c>patcher decode</c> for a rejected APDU: what, where, the diagnostic, and what to do next.</summary>
internal static class RejectionWriter
{
    /// <summary>Writes <paramref name="rejection"/> of the APDU in <paramref name="file"/>.</summary>
    public static void Write(TextWriter output, string file, P1Rejection rejection, NdrEligibility eligibility)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rejection);
        output.WriteLine($"REJECTED {DecodeDocumentBuilder.KindName(rejection.Kind)}: {file}");
        output.WriteLine($"  what:       {rejection.Code} {rejection.Fault}: {rejection.Reason}");
        output.WriteLine($"  where:      {rejection.Path}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  offset:     {rejection.Offset} (0x{rejection.Offset:X})"));
        output.WriteLine($"  diagnostic: {rejection.DiagnosticName} ({(int)rejection.Diagnostic})");
        output.WriteLine($"  next:       {NextStep(file, eligibility)}");
    }

    private static string NextStep(string file, NdrEligibility eligibility) => eligibility == NdrEligibility.Possible
        ? $"patcher ndr {Quote(file)} -o {Quote(Path.ChangeExtension(file, ".ndr"))} builds the non-delivery report for the originator"
        : $"no NDR: {NdrSubject.Describe(eligibility)}";

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
