using Patcher.Core.Platform;

namespace Patcher.Core.Services;

/// <summary>A service's state once no longer pending, as <see cref="ServiceOrchestrator.SnapshotAsync"/> records it before a stop.</summary>
/// <param name="Name">The service name.</param>
/// <param name="State">Its state once no longer pending (or still pending when that took too long); null when not installed.</param>
/// <param name="Win32ExitCode">Its Win32 exit code then.</param>
public sealed record ServiceSnapshot(string Name, ServiceState? State, int Win32ExitCode)
{
    /// <summary>Whether it was running (or on its way there), and so must be started again; Apply's rule (<c>PlannedService.WasRunning</c>).</summary>
    public bool WasRunning => State is ServiceState.Running or ServiceState.StartPending or ServiceState.ContinuePending;
}
