using System.Diagnostics;
using System.Globalization;

namespace Patcher.LabTool.Hosts;

/// <summary>
/// The crash tests' hook, hidden from <c>--help</c>: <c>PATCHER_FAULT_KILL_AT=STEP[:N]</c> makes the agent kill itself
/// (SIGKILL on Unix, TerminateProcess on Windows: no finally blocks, no flushing) right after the N-th journal entry of
/// STEP (default 1) is written in this run. Steps: <see cref="Patcher.Core.Apply.ApplySteps"/>. The lab tool only: the
/// production agent has no such hook.
/// </summary>
internal static class FaultInjection
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "PATCHER_FAULT_KILL_AT";

    /// <summary>The hook the environment asks for, or null.</summary>
    public static Action<string, int?>? FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var step = (colon < 0 ? text : text[..colon]).Trim();
        var occurrence = colon < 0 ? 1 : int.Parse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return (written, _) =>
        {
            seen[written] = seen.GetValueOrDefault(written) + 1;
            if (written == step && seen[written] == occurrence)
            {
                Console.Error.WriteLine($"patcher: {Variable}={text}: killing the agent after journaling {step}:{occurrence}");
                Console.Error.Flush();
                using var self = Process.GetCurrentProcess();
                self.Kill();
            }
        };
    }
}
