using System.Globalization;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Lab;

/// <summary>Prints what <c>lab start</c>/<c>lab stop</c> did to each service, one line each.</summary>
internal static class LabOutcomeWriter
{
    public static void Write(TextWriter output, IReadOnlyList<LabServiceOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            output.WriteLine("  (no services to act on)");
        }

        foreach (var outcome in outcomes)
        {
            var pid = outcome.ProcessId > 0 ? string.Create(CultureInfo.InvariantCulture, $"pid {outcome.ProcessId}") : "";
            var code = outcome.Win32ExitCode != 0 ? string.Create(CultureInfo.InvariantCulture, $"Win32 {outcome.Win32ExitCode}") : "";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {(outcome.Succeeded ? "ok  " : "FAIL")} {outcome.Name,-14} {outcome.State,-12} {pid,-11} {code,-10} {outcome.Detail}").TrimEnd());
        }
    }
}
