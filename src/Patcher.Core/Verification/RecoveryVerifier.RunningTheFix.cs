using Patcher.Core.Platform;
using Patcher.Core.RunningModules;

namespace Patcher.Core.Verification;

/// <summary>The sixth check: what the running MTA loaded (issue 15).</summary>
public sealed partial class RecoveryVerifier
{
    /// <summary>The running process's fix modules, read once the watch is over; null when no process was running to read.</summary>
    private LoadedModuleRead? ReadModules(Watch watch, RunningFixExpectation expected)
    {
        if ((watch.Last ?? watch.First) is not { State: ServiceState.Running, ProcessId: > 0 } status)
        {
            return null;
        }

        return _host.Modules.Read(status.ProcessId, [.. expected.Modules.Select(m => m.Name)]);
    }

    private static RecoveryCheck RunningTheFixCheck(Watch watch, LoadedModuleRead? modules, RunningFixExpectation expected)
    {
        if (modules is null)
        {
            // The running check already fails or is unknown for this; the modules of no process are not evidence either way.
            var status = watch.Last ?? watch.First;
            return new(Reporting.VerificationCheckNames.RunningTheFix, RecoveryCheckState.Unknown,
                status is null ? watch.Error ?? "the SCM did not report the service" : $"no running process to read ({status.Name} is {status.State})");
        }

        return RunningFixJudge.Judge(modules, expected);
    }
}
