using Patcher.Core.RunningModules;

namespace Patcher.Core.Platform;

/// <summary>The machine the agent works on: a real Windows host or a lab host, through the same narrow interfaces.</summary>
/// <param name="MachineName">The host's name.</param>
/// <param name="Services">The service control manager.</param>
/// <param name="Registry">The registry (HKLM).</param>
/// <param name="EventLog">The event log.</param>
/// <param name="Files">Where host paths are.</param>
/// <param name="Queue">The MTA's queue progress.</param>
/// <param name="Modules">Which files a running process loaded (the MTA's <c>EMSMTA.EXE</c> and <c>X400OM.DLL</c>).</param>
/// <param name="Time">The clock: all waiting goes through it.</param>
public sealed record HostPlatform(
    string MachineName,
    IServiceControlManager Services,
    IRegistry Registry,
    IEventLog EventLog,
    IFileSystem Files,
    IMtaQueueProbe Queue,
    IProcessModuleProbe Modules,
    TimeProvider Time)
{
    /// <summary>Who may change Patcher's state folder: set on creation, checked before its journal is trusted (POSIX mode bits unless the platform says otherwise).</summary>
    public IStateFolderAccess StateFolderAccess { get; init; } = PosixStateFolderAccess.Instance;
}
