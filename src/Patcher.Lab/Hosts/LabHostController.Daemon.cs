using System.Diagnostics;
using System.Globalization;
using Patcher.Lab.Platform;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Hosts;

/// <summary>The host's SCM daemon: started detached, shut down, and — for tests and wrecks — killed by its pid files.</summary>
public sealed partial class LabHostController
{
    /// <summary>
    /// Starts the host's SCM daemon (<c>patcher-lab lab scm-daemon ROOT</c>) as a detached process unless one already serves,
    /// and waits up to <paramref name="timeout"/> until it answers. Returns false when it was already running.
    /// </summary>
    /// <exception cref="LabHostException">The daemon did not come up (code LAB004), with the end of its log.</exception>
    public async Task<bool> StartDaemonAsync(PatcherCommand command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        _ = LabHostDefinition.Load(host);
        LabScmEndpoint.CheckPathLength(host);
        if (await LabScmEndpoint.IsServingAsync(host, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        Directory.CreateDirectory(host.ScmFolder);
        using var process = Process.Start(command.StartInfo("lab", "scm-daemon", host.Root))
            ?? throw new LabHostException(LabHostException.NotStarted, $"The lab SCM daemon for {host.Name} could not be started.");

        // The daemon logs to scm/scm.log; its standard streams are closed so it holds no pipe of ours (or our caller's).
        process.StandardInput.Close();
        process.StandardOutput.Close();
        process.StandardError.Close();
        var deadline = time.GetUtcNow() + timeout;
        while (!await LabScmEndpoint.IsServingAsync(host, cancellationToken).ConfigureAwait(false))
        {
            if (process.HasExited || time.GetUtcNow() >= deadline)
            {
                var log = File.Exists(host.ScmLogFile) ? string.Join(Environment.NewLine, File.ReadLines(host.ScmLogFile).TakeLast(5)) : "(no log)";
                throw new LabHostException(LabHostException.NotStarted, $"The lab SCM daemon for {host.Name} did not come up. {host.ScmLogFile}:{Environment.NewLine}{log}");
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// Asks the daemon to stop its services and end, and waits up to <paramref name="timeout"/> for it to go; returns false
    /// when no daemon was running.
    /// </summary>
    public async Task<bool> StopDaemonAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var pid = ReadDaemonPid(host);
        try
        {
            await _scm.ShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (LabHostNotStartedException)
        {
            return false;
        }

        var deadline = time.GetUtcNow() + timeout;
        while (UnixProcess.IsAlive(pid) && time.GetUtcNow() < deadline)
        {
            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// Kills (SIGKILL) the host's daemon and every service process its state records, without asking: the last resort of
    /// test clean-up and of a host whose daemon is wedged. Returns how many processes were signalled.
    /// </summary>
    public static int KillAll(LabHostPaths host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var killed = 0;
        var daemon = ReadDaemonPid(host);
        if (daemon > 0 && UnixProcess.Kill(daemon))
        {
            killed++;
        }

        ScmStateDocument? state = null;
        try
        {
            state = ScmStateFile.Read(host);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Nothing more to go on.
        }

        foreach (var service in state?.Services ?? [])
        {
            if (service.ProcessId > 0 && ServiceChild.LooksLikeService(service.ProcessId, service.Name) && UnixProcess.Kill(service.ProcessId))
            {
                killed++;
            }
        }

        return killed;
    }

    /// <summary>The daemon's pid from <c>scm/scm.pid</c>, or 0.</summary>
    public static int ReadDaemonPid(LabHostPaths host)
    {
        ArgumentNullException.ThrowIfNull(host);
        try
        {
            return File.Exists(host.ScmPidFile)
                && int.TryParse(File.ReadAllText(host.ScmPidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? pid
                : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
