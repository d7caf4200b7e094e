using System.Runtime.Versioning;
using Patcher.Core.Platform;
using Patcher.Windows.EventLog;
using Patcher.Windows.Files;
using Patcher.Windows.Modules;
using Patcher.Windows.Queue;
using Patcher.Windows.Registry;
using Patcher.Windows.Services;

namespace Patcher.Windows;

/// <summary>The real Windows host the agent runs on.</summary>
[SupportedOSPlatform("windows")]
public static class WindowsPlatform
{
    /// <summary>This machine, through the Windows service control manager, registry, event log, files and MTA counters.</summary>
    /// <param name="time">The clock all waiting goes through (<see cref="TimeProvider.System"/> in production).</param>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public static HostPlatform Create(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        WindowsOnly.Ensure(nameof(WindowsPlatform));
        var registry = new WindowsRegistry();
        var eventLog = new WindowsEventLog();
        return new HostPlatform(
            Environment.MachineName,
            new WindowsServiceControlManager(registry, eventLog, time),
            registry,
            eventLog,
            new WindowsFileSystem(),
            new WindowsMtaQueueProbe(time),
            new WindowsModuleProbe(),
            time)
        {
            StateFolderAccess = new WindowsStateFolderAccess(),
        };
    }
}
