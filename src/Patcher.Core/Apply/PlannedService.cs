using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>A service apply stops, and the state it was in before (only services that were running are started again).</summary>
/// <param name="Name">The service name, e.g. <c>MSExchangeIMC</c>.</param>
/// <param name="StateBefore">Its state when recorded.</param>
public sealed record PlannedService(string Name, ServiceState StateBefore)
{
    /// <summary>Whether it was running (or on its way there) and so must be started again.</summary>
    public bool WasRunning => StateBefore is ServiceState.Running or ServiceState.StartPending or ServiceState.ContinuePending;
}
