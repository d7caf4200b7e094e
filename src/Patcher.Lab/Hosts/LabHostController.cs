using Patcher.Core.Platform;
using Patcher.Lab.Platform;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Hosts;

/// <summary>
/// Brings a lab host's services up and down as an operator would with the Windows SCM: automatic services started in
/// dependency order, each waited for (polling on the <see cref="TimeProvider"/>, bounded) before its dependents; stops in
/// reverse order, a stop that does not complete in time escalated to a kill.
/// </summary>
/// <param name="host">The host.</param>
/// <param name="time">The clock all waiting goes through.</param>
public sealed partial class LabHostController(LabHostPaths host, TimeProvider time)
{
    /// <summary>How often a pending service is polled.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly LabServiceControlManager _scm = new(host);

    /// <summary>Starts every automatic service that is stopped, dependencies first; waits up to <paramref name="timeout"/> for each.</summary>
    public async Task<IReadOnlyList<LabServiceOutcome>> StartServicesAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<LabServiceOutcome>();
        foreach (var service in await OrderedAsync(cancellationToken).ConfigureAwait(false))
        {
            if (service.StartMode != ServiceStartMode.Automatic)
            {
                continue;
            }

            if (service.State == ServiceState.Running)
            {
                outcomes.Add(Outcome(service, true, "already running"));
                continue;
            }

            try
            {
                await _scm.StartAsync(service.Name, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceControlException e) when (e is not LabHostNotStartedException)
            {
                outcomes.Add(new LabServiceOutcome(service.Name, false, service.State, e.Win32Error, service.ProcessId, e.Message));
                continue;
            }

            var record = await WaitWhileAsync(service.Name, ServiceState.StartPending, timeout, cancellationToken).ConfigureAwait(false);
            outcomes.Add(record.State switch
            {
                ServiceState.Running => Outcome(record, true, "running"),
                ServiceState.StartPending => Outcome(record, false, $"still start-pending after {timeout.TotalSeconds:0} s"),
                _ => Outcome(record, false, $"failed to start: {record.ExitReason ?? "stopped"}, Win32 exit code {record.Win32ExitCode}"),
            });
        }

        return outcomes;
    }

    /// <summary>Stops every service that has a process, dependents first; a stop not done within <paramref name="timeout"/> is escalated to a kill.</summary>
    public async Task<IReadOnlyList<LabServiceOutcome>> StopServicesAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<LabServiceOutcome>();
        foreach (var service in (await OrderedAsync(cancellationToken).ConfigureAwait(false)).Reverse())
        {
            if (service.State == ServiceState.Stopped)
            {
                continue;
            }

            if (service.State == ServiceState.StartPending)
            {
                await WaitWhileAsync(service.Name, ServiceState.StartPending, timeout, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await _scm.StopAsync(service.Name, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceControlException e) when (e.Win32Error is Win32Errors.ServiceNotActive or Win32Errors.ServiceCannotAcceptControl)
            {
                // It stopped on its own meanwhile, or is already stopping: wait for the end below.
            }
            catch (ServiceControlException e) when (e is not LabHostNotStartedException)
            {
                outcomes.Add(new LabServiceOutcome(service.Name, false, service.State, e.Win32Error, service.ProcessId, e.Message));
                continue;
            }

            var record = await WaitWhileAsync(service.Name, ServiceState.StopPending, timeout, cancellationToken).ConfigureAwait(false);
            if (record.State != ServiceState.Stopped)
            {
                await _scm.KillAsync(service.Name, cancellationToken).ConfigureAwait(false);
                record = await WaitWhileAsync(service.Name, ServiceState.StopPending, timeout, cancellationToken).ConfigureAwait(false);
                outcomes.Add(Outcome(record, record.State == ServiceState.Stopped, $"did not stop within {timeout.TotalSeconds:0} s: killed"));
                continue;
            }

            outcomes.Add(Outcome(record, true, record.ExitReason == LabExitReason.Stopped ? "stopped" : $"stopped ({record.ExitReason})"));
        }

        return outcomes;
    }

    private static LabServiceOutcome Outcome(LabServiceRecord record, bool succeeded, string detail) =>
        new(record.Name, succeeded, record.State, record.Win32ExitCode, record.ProcessId, detail);

    private async Task<IReadOnlyList<LabServiceRecord>> OrderedAsync(CancellationToken cancellationToken)
    {
        var response = await LabScmClient.SendAsync(host, new ScmRequest(ScmOperation.List), cancellationToken).ConfigureAwait(false);
        return response.Services ?? [];
    }

    /// <summary>Polls the service while it is in <paramref name="pending"/>, for at most <paramref name="timeout"/>.</summary>
    private async Task<LabServiceRecord> WaitWhileAsync(string name, ServiceState pending, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        var record = await _scm.QueryRecordAsync(name, cancellationToken).ConfigureAwait(false);
        while (record.State == pending && time.GetUtcNow() < deadline)
        {
            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
            record = await _scm.QueryRecordAsync(name, cancellationToken).ConfigureAwait(false);
        }

        return record;
    }
}
