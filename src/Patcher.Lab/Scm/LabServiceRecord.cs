using Patcher.Core.Platform;

namespace Patcher.Lab.Scm;

/// <summary>
/// What the lab service control manager knows of one service: its configuration as read from the registry and its
/// status (<c>SERVICE_STATUS_PROCESS</c>), plus how its last process ended. Persisted in <c>scm/state.json</c>.
/// </summary>
/// <param name="Name">The service name.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="ImagePath">The image path as configured.</param>
/// <param name="DependOnService">The services it depends on.</param>
/// <param name="StartMode">Its start type.</param>
/// <param name="State">Its current state.</param>
/// <param name="Win32ExitCode">The last Win32 exit code: 0, or 1067 after its process died unasked.</param>
/// <param name="ServiceSpecificExitCode">The exit code of its last process when it stopped on request with a non-zero code.</param>
/// <param name="ProcessId">Its process id while it has one, else 0.</param>
/// <param name="ExitReason">How its last process ended (<see cref="LabExitReason"/>); null before its first run.</param>
/// <param name="UnexpectedExits">How many times its process has died unasked (the count in event 7034).</param>
/// <param name="StartedAt">When its current or last process was started.</param>
/// <param name="StoppedAt">When its last process ended.</param>
public sealed record LabServiceRecord(
    string Name,
    string DisplayName,
    string ImagePath,
    IReadOnlyList<string> DependOnService,
    ServiceStartMode StartMode,
    ServiceState State,
    int Win32ExitCode = 0,
    int ServiceSpecificExitCode = 0,
    int ProcessId = 0,
    string? ExitReason = null,
    int UnexpectedExits = 0,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? StoppedAt = null)
{
    /// <summary>The configuration part, as <see cref="IServiceControlManager"/> returns it.</summary>
    public ServiceConfiguration ToConfiguration() => new(Name, DisplayName, ImagePath, DependOnService, StartMode);

    /// <summary>The status part, as <see cref="IServiceControlManager"/> returns it.</summary>
    public ServiceStatus ToStatus() => new(Name, State, Win32ExitCode, ServiceSpecificExitCode, ProcessId);
}
