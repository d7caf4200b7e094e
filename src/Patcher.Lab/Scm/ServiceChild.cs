using System.Diagnostics;
using Patcher.Lab.Hosts;

namespace Patcher.Lab.Scm;

/// <summary>
/// The process of one running lab service: started by this daemon (stdout watched for <c>SERVICE_RUNNING</c>, both
/// streams copied to <c>scm/NAME.log</c>), or adopted from a daemon that died (watched by polling: no exit code then).
/// </summary>
internal sealed class ServiceChild : IDisposable
{
    /// <summary>The line a lab service prints once it is running (its SERVICE_RUNNING status report).</summary>
    public const string RunningLine = "SERVICE_RUNNING";

    private static readonly TimeSpan AdoptedPollInterval = TimeSpan.FromMilliseconds(250);
    private readonly Lock _logGate = new();
    private readonly Process? _process;
    private StreamWriter? _log;
    private ITimer? _poll;
    private int _exited;
    private int _openStreams = 2;

    private ServiceChild(string serviceName, Process? process)
    {
        ServiceName = serviceName;
        _process = process;
    }

    /// <summary>The service this process runs.</summary>
    public string ServiceName { get; }

    /// <summary>Its process id.</summary>
    public int ProcessId { get; private set; }

    /// <summary>Whether a stop (SIGTERM) was sent.</summary>
    public bool StopRequested { get; set; }

    /// <summary>Whether a kill (SIGKILL) was sent.</summary>
    public bool KillRequested { get; set; }

    /// <summary>
    /// Starts <c>patcher-lab lab service NAME --host ROOT</c>. Its callbacks run on other threads, and may run before this
    /// returns: the caller registers the child under the lock those callbacks take.
    /// </summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The process could not be started.</exception>
    public static ServiceChild Start(PatcherCommand command, LabHostPaths host, string serviceName, Action<ServiceChild> onRunning, Action<ServiceChild, int?> onExited)
    {
        var info = command.StartInfo("lab", "service", serviceName, "--host", host.Root);
        info.WorkingDirectory = host.Root;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ServiceChild(serviceName, process)
        {
            _log = new StreamWriter(new FileStream(host.ServiceLogFile(serviceName), FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true },
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                child.EndOfStream();
                return;
            }

            child.Log(e.Data);
            if (e.Data.Trim() == RunningLine)
            {
                onRunning(child);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                child.EndOfStream();
            }
            else
            {
                child.Log(e.Data);
            }
        };
        process.Exited += (_, _) => child.OnExited(process.ExitCode, onExited);
        try
        {
            process.Start();
        }
        catch
        {
            child.Dispose();
            throw;
        }

        child.ProcessId = process.Id;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Watches a service process a previous daemon started; its exit is seen by polling and has no exit code.</summary>
    public static ServiceChild Adopt(string serviceName, int processId, TimeProvider time, Action<ServiceChild, int?> onExited)
    {
        var child = new ServiceChild(serviceName, null) { ProcessId = processId };
        child._poll = time.CreateTimer(
            _ =>
            {
                if (!UnixProcess.IsAlive(processId))
                {
                    child.OnExited(null, onExited);
                }
            },
            null,
            AdoptedPollInterval,
            AdoptedPollInterval);
        return child;
    }

    /// <summary>Whether process <paramref name="processId"/> is (as far as this OS can tell) the lab service <paramref name="serviceName"/>.</summary>
    public static bool LooksLikeService(int processId, string serviceName)
    {
        if (!UnixProcess.IsAlive(processId))
        {
            return false;
        }

        var cmdline = $"/proc/{processId}/cmdline";
        if (!File.Exists(cmdline))
        {
            return true;
        }

        try
        {
            var arguments = File.ReadAllText(cmdline).Split('\0');
            return arguments.Contains("service") && arguments.Contains(serviceName);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _poll?.Dispose();
        _process?.Dispose();
        lock (_logGate)
        {
            _log?.Dispose();
            _log = null;
        }
    }

    private void Log(string line)
    {
        lock (_logGate)
        {
            try
            {
                _log?.WriteLine(line);
            }
            catch (IOException)
            {
                // The host folder is going away; the daemon notices and shuts down.
            }
        }
    }

    /// <summary>Closes the log once both stdout and stderr have ended (they may end after the exit is seen).</summary>
    private void EndOfStream()
    {
        if (Interlocked.Decrement(ref _openStreams) == 0)
        {
            lock (_logGate)
            {
                _log?.Dispose();
                _log = null;
            }
        }
    }

    private void OnExited(int? exitCode, Action<ServiceChild, int?> onExited)
    {
        if (Interlocked.Exchange(ref _exited, 1) == 0)
        {
            _poll?.Dispose();
            onExited(this, exitCode);
        }
    }
}
