using Patcher.Core.Exchange;
using Patcher.Core.Platform;

namespace Patcher.Lab.Scm;

/// <summary>What processes do on their own: report running, exit; and the daemon's own start (recovery) and shutdown.</summary>
internal sealed partial class LabServiceTable
{
    private static readonly TimeSpan ShutdownPoll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Takes over from a previous daemon: service processes it recorded that still run are adopted (watched by polling);
    /// those that died while no daemon watched are recorded as terminated unexpectedly (1067, event 7034), unless they were stopping.
    /// </summary>
    public void Recover()
    {
        lock (_gate)
        {
            foreach (var record in ScmStateFile.Read(_host)?.Services ?? [])
            {
                _records[record.Name] = record;
            }

            Refresh();
            foreach (var record in _records.Values.Where(r => r.State != ServiceState.Stopped).ToArray())
            {
                if (record.ProcessId > 0 && ServiceChild.LooksLikeService(record.ProcessId, record.Name))
                {
                    var child = ServiceChild.Adopt(record.Name, record.ProcessId, _time, OnExited);
                    child.StopRequested = record.State == ServiceState.StopPending;
                    _children[record.Name] = child;
                    Log($"adopt {record.Name}: pid {record.ProcessId} ({record.State})");
                    _records[record.Name] = record with { State = record.State == ServiceState.StartPending ? ServiceState.Running : record.State };
                }
                else
                {
                    _records[record.Name] = Exited(record, requested: record.State == ServiceState.StopPending, killed: false, exitCode: null);
                }
            }

            Save();
        }
    }

    /// <summary>Stops every service (SIGTERM, then SIGKILL after <paramref name="grace"/>) and records the daemon as gone.</summary>
    public async Task ShutdownAsync(TimeSpan grace)
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var child in _children.Values)
            {
                child.StopRequested = true;
                UnixProcess.Terminate(child.ProcessId);
                _records[child.ServiceName] = _records[child.ServiceName] with { State = ServiceState.StopPending };
            }

            Save();
        }

        var deadline = _time.GetUtcNow() + grace;
        while (ActiveProcesses > 0 && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(ShutdownPoll, _time).ConfigureAwait(false);
        }

        lock (_gate)
        {
            foreach (var child in _children.Values)
            {
                Log($"shutdown: {child.ServiceName} did not stop within {grace.TotalSeconds:0}s; SIGKILL to pid {child.ProcessId}");
                child.KillRequested = true;
                UnixProcess.Kill(child.ProcessId);
            }
        }

        deadline = _time.GetUtcNow() + grace;
        while (ActiveProcesses > 0 && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(ShutdownPoll, _time).ConfigureAwait(false);
        }

        lock (_gate)
        {
            Save();
        }
    }

    private void OnRunning(ServiceChild child)
    {
        lock (_gate)
        {
            if (_children.GetValueOrDefault(child.ServiceName) == child
                && _records.TryGetValue(child.ServiceName, out var record)
                && record.State == ServiceState.StartPending)
            {
                Log($"running {child.ServiceName}: pid {child.ProcessId}");
                Update(record with { State = ServiceState.Running });
            }
        }
    }

    private void OnExited(ServiceChild child, int? exitCode)
    {
        lock (_gate)
        {
            if (_children.GetValueOrDefault(child.ServiceName) != child)
            {
                return;
            }

            _children.Remove(child.ServiceName);
            if (_records.TryGetValue(child.ServiceName, out var record))
            {
                var exited = Exited(record, child.StopRequested, child.KillRequested, exitCode);
                Log($"exited {child.ServiceName}: pid {child.ProcessId}, exit code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}, {exited.ExitReason}");
                Update(exited);
            }

            // The child is not disposed here: its output may still be arriving, and its log closes when that ends.
        }
    }

    /// <summary>The record of a service whose process has ended, with the event Windows would log.</summary>
    private LabServiceRecord Exited(LabServiceRecord record, bool requested, bool killed, int? exitCode)
    {
        var stopped = record with { State = ServiceState.Stopped, ProcessId = 0, StoppedAt = _time.GetUtcNow(), ServiceSpecificExitCode = 0 };
        if (killed)
        {
            return stopped with { Win32ExitCode = 0, ExitReason = LabExitReason.Killed };
        }

        if (requested)
        {
            if (exitCode is null or 0)
            {
                return stopped with { Win32ExitCode = 0, ExitReason = LabExitReason.Stopped };
            }

            WriteEvent(ExchangeEvents.ServiceSpecificError, EventLevel.Error, $"The {record.DisplayName} service terminated with service-specific error {exitCode}.");
            return stopped with { Win32ExitCode = ServiceStatus.ServiceSpecificError, ServiceSpecificExitCode = exitCode.Value, ExitReason = LabExitReason.Stopped };
        }

        // A service process that ends without having been asked: "The process terminated unexpectedly" (KB Q248732's 1067).
        var count = record.UnexpectedExits + 1;
        WriteEvent(
            ExchangeEvents.ServiceTerminatedUnexpectedly,
            EventLevel.Error,
            $"The {record.DisplayName} service terminated unexpectedly. It has done this {count} time(s).");
        return stopped with { Win32ExitCode = Win32Errors.ProcessAborted, ExitReason = LabExitReason.TerminatedUnexpectedly, UnexpectedExits = count };
    }
}
