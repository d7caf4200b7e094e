using System.Diagnostics;
using System.Globalization;

namespace Patcher.LabTool.Hosts;

/// <summary>
/// The crash tests' hook, hidden from <c>--help</c>: <c>PATCHER_FAULT_KILL_AT=STEP[:N]</c> makes the agent kill itself
/// (SIGKILL on Unix, TerminateProcess on Windows: no finally blocks, no flushing) right after the N-th journal entry of
/// STEP (default 1) is written in this run; <c>PATCHER_FAULT_FAIL_AT=STEP[:N]</c> makes that step fail instead (an
/// <see cref="IOException"/>, as a locked or unwritable file gives). Steps: <see cref="Patcher.Core.Apply.ApplySteps"/>.
/// The lab tool only: the production agent has no such hook.
/// </summary>
internal static class FaultInjection
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "PATCHER_FAULT_KILL_AT";

    /// <summary>The environment variable that makes a step fail.</summary>
    public const string FailVariable = "PATCHER_FAULT_FAIL_AT";

    /// <summary>The hooks the environment asks for, or null.</summary>
    public static Action<string, int?>? FromEnvironment()
    {
        var fail = At(FailVariable, point => throw new IOException($"{FailVariable}={point}: the step cannot be done (injected fault)"));
        var kill = At(Variable, point =>
        {
            Console.Error.WriteLine($"patcher: {Variable}={point}: killing the agent after journaling {point}");
            Console.Error.Flush();
            using var self = Process.GetCurrentProcess();
            self.Kill();
        });
        return fail is null && kill is null ? null : (step, item) =>
        {
            kill?.Invoke(step, item);
            fail?.Invoke(step, item);
        };
    }

    private static Action<string, int?>? At(string variable, Action<string> act)
    {
        var text = Environment.GetEnvironmentVariable(variable);
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
                act($"{step}:{occurrence}");
            }
        };
    }
}
