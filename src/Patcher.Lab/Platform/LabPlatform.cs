using Patcher.Core.Platform;
using Patcher.Lab.EventLog;
using Patcher.Lab.Files;
using Patcher.Lab.Hosts;
using Patcher.Lab.Mta;
using Patcher.Lab.Registry;

namespace Patcher.Lab.Platform;

/// <summary>A lab host as the agent sees a machine: <c>--lab DIR/NAME</c>.</summary>
public static class LabPlatform
{
    /// <summary>The platform of lab host <paramref name="labHost"/> (written <c>DIR/NAME</c>).</summary>
    /// <exception cref="LabHostException">The folder is not a lab host.</exception>
    public static HostPlatform Open(string labHost, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var host = LabHostPaths.Parse(labHost);
        _ = LabHostDefinition.Load(host);
        var files = new LabFileSystem(host.DriveC);
        var registry = new LabRegistry(host.RegistryFile);
        return new HostPlatform(
            host.Name.ToUpperInvariant(),
            new LabServiceControlManager(host),
            registry,
            new LabEventLog(host.EventLogFolder),
            files,
            new LabQueueProbe(files),
            new LabModuleProbe(registry, files),
            time)
        {
            // The lab checks the state folder's POSIX mode bits (0700 on creation; no group or other write).
            StateFolderAccess = PosixStateFolderAccess.Instance,
        };
    }
}
