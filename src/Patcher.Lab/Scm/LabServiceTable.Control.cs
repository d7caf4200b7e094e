using System.ComponentModel;
using Patcher.Core.Platform;

namespace Patcher.Lab.Scm;

/// <summary>Start, stop and kill, with the Windows SCM's refusals.</summary>
internal sealed partial class LabServiceTable
{
    /// <summary>Starts the service: its dependencies must be running and it must be stopped.</summary>
    public ScmResponse Start(string? name)
    {
        lock (_gate)
        {
            Refresh();
            if (Find(name, out var record) is { } refusal)
            {
                return refusal;
            }

            if (_closed)
            {
                return ScmResponse.Refused(Win32Errors.ServiceCannotAcceptControl, "The lab service control manager is shutting down.");
            }

            if (record.StartMode == ServiceStartMode.Disabled)
            {
                return ScmResponse.Refused(Win32Errors.ServiceDisabled, $"The service {record.Name} is disabled (Win32 error 1058).");
            }

            if (record.State != ServiceState.Stopped)
            {
                return ScmResponse.Refused(Win32Errors.ServiceAlreadyRunning, $"An instance of the service {record.Name} is already running ({record.State}; Win32 error 1056).");
            }

            foreach (var dependency in record.DependOnService)
            {
                if (!_records.TryGetValue(dependency, out var required) || required.State != ServiceState.Running)
                {
                    var state = required?.State.ToString() ?? "not installed";
                    return ScmResponse.Refused(
                        Win32Errors.ServiceDependencyFail,
                        $"The service {record.Name} cannot start: its dependency {dependency} is {state} (Win32 error 1068, the dependency service or group failed to start).");
                }
            }

            if (!ImageExists(record.ImagePath))
            {
                return ScmResponse.Refused(Win32Errors.FileNotFound, $"The service {record.Name} cannot start: its image {record.ImagePath} does not exist (Win32 error 2).");
            }

            ServiceChild child;
            try
            {
                child = ServiceChild.Start(_command, _host, record.Name, OnRunning, OnExited);
            }
            catch (Exception e) when (e is Win32Exception or IOException or InvalidOperationException)
            {
                Update(record with { ExitReason = LabExitReason.FailedToStart, StoppedAt = _time.GetUtcNow() });
                return ScmResponse.Refused(Win32Errors.FileNotFound, $"The service {record.Name} cannot start: {e.Message}");
            }

            _children[record.Name] = child;
            Log($"start {record.Name}: pid {child.ProcessId}");
            var started = Update(record with
            {
                State = ServiceState.StartPending,
                ProcessId = child.ProcessId,
                Win32ExitCode = 0,
                ServiceSpecificExitCode = 0,
                ExitReason = null,
                StartedAt = _time.GetUtcNow(),
                StoppedAt = null,
            });
            return new ScmResponse(true, Service: started);
        }
    }

    /// <summary>Stops the service with SIGTERM: it must be running and have no active dependent.</summary>
    public ScmResponse Stop(string? name)
    {
        lock (_gate)
        {
            Refresh();
            if (Find(name, out var record) is { } refusal)
            {
                return refusal;
            }

            switch (record.State)
            {
                case ServiceState.Stopped:
                    return ScmResponse.Refused(Win32Errors.ServiceNotActive, $"The service {record.Name} has not been started (Win32 error 1062).");
                case ServiceState.StartPending or ServiceState.StopPending:
                    return ScmResponse.Refused(Win32Errors.ServiceCannotAcceptControl, $"The service {record.Name} cannot accept a stop while {record.State} (Win32 error 1061).");
            }

            var dependents = _records.Values
                .Where(r => r.State != ServiceState.Stopped && r.DependOnService.Contains(record.Name, StringComparer.OrdinalIgnoreCase))
                .Select(r => r.Name)
                .ToArray();
            if (dependents.Length > 0)
            {
                return ScmResponse.Refused(
                    Win32Errors.DependentServicesRunning,
                    $"The service {record.Name} cannot stop: its dependents {string.Join(", ", dependents)} are active (Win32 error 1051).");
            }

            if (_children.TryGetValue(record.Name, out var child))
            {
                child.StopRequested = true;
                UnixProcess.Terminate(child.ProcessId);
            }

            Log($"stop {record.Name}: SIGTERM to pid {record.ProcessId}");
            return new ScmResponse(true, Service: Update(record with { State = ServiceState.StopPending }));
        }
    }

    /// <summary>
    /// Kills the service's process with SIGKILL, whatever its state and its dependents': the agent's escalation when a stop
    /// does not complete. The exit is recorded as <see cref="LabExitReason.Killed"/>, Win32 exit code 0 and no event, so
    /// an operator's kill is not mistaken for the crash (1067, 7034) that health checks look for.
    /// </summary>
    public ScmResponse Kill(string? name)
    {
        lock (_gate)
        {
            Refresh();
            if (Find(name, out var record) is { } refusal)
            {
                return refusal;
            }

            if (record.State == ServiceState.Stopped || !_children.TryGetValue(record.Name, out var child))
            {
                return ScmResponse.Refused(Win32Errors.ServiceNotActive, $"The service {record.Name} has no process to kill (Win32 error 1062).");
            }

            child.KillRequested = true;
            UnixProcess.Kill(child.ProcessId);
            Log($"kill {record.Name}: SIGKILL to pid {child.ProcessId}");
            return new ScmResponse(true, Service: Update(record with { State = ServiceState.StopPending }));
        }
    }

    private bool ImageExists(string imagePath)
    {
        try
        {
            return File.Exists(_files.ToLocalPath(imagePath.Trim('"')));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
