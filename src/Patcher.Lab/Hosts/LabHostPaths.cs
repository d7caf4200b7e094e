namespace Patcher.Lab.Hosts;

/// <summary>
/// Where a lab host keeps its parts, under its folder <c>DIR/NAME</c>: the registry and event log in files, the service
/// control manager's socket and state, and the host's C: drive.
/// </summary>
/// <param name="Root">The host's folder.</param>
public sealed record LabHostPaths(string Root)
{
    /// <summary>The host's name: its folder's name.</summary>
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Root));

    /// <summary>The lab folder that holds this host.</summary>
    public string LabRoot => Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Root)) ?? ".";

    /// <summary>The host's description (<c>host.json</c>).</summary>
    public string HostFile => Path.Combine(Root, "host.json");

    /// <summary>HKLM, as JSON.</summary>
    public string RegistryFile => Path.Combine(Root, "registry.json");

    /// <summary>The event log: one folder per log, one file per entry.</summary>
    public string EventLogFolder => Path.Combine(Root, "eventlog");

    /// <summary>The lab service control manager's folder: socket, pid, state, service output.</summary>
    public string ScmFolder => Path.Combine(Root, "scm");

    /// <summary>The lab SCM's socket: one JSON request per line, one JSON response per line.</summary>
    public string ScmSocketFile => Path.Combine(ScmFolder, "scm.sock");

    /// <summary>The lab SCM daemon's process id.</summary>
    public string ScmPidFile => Path.Combine(ScmFolder, "scm.pid");

    /// <summary>The service states the lab SCM records after every change.</summary>
    public string ScmStateFile => Path.Combine(ScmFolder, "state.json");

    /// <summary>The lab SCM daemon's own log.</summary>
    public string ScmLogFile => Path.Combine(ScmFolder, "scm.log");

    /// <summary>Where the standard output and error of service <paramref name="serviceName"/> go.</summary>
    public string ServiceLogFile(string serviceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        return Path.Combine(ScmFolder, serviceName + ".log");
    }

    /// <summary>The drive that <c>C:\</c> maps to.</summary>
    public string DriveC => Path.Combine(Root, "drive_c");

    /// <summary>The paths of the host in <paramref name="labHost"/>, written <c>DIR/NAME</c>.</summary>
    public static LabHostPaths Parse(string labHost)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(labHost);
        return new LabHostPaths(Path.GetFullPath(labHost));
    }
}
