using Patcher.Core.Platform;
using Patcher.Core.Services;
using Patcher.Lab.Platform;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Hosts;

/// <summary>
/// Brings a lab host's services up and down as an operator would with the Windows SCM: automatic services started in
/// dependency order, each waited for (on the <see cref="TimeProvider"/>, bounded) before its dependents; stops in reverse
/// order, a stop that does not complete in time escalated to a kill. The waiting is the agent's own service-control
/// engine, <see cref="ServiceOrchestrator"/>: one way to control a service, in the lab as on a server.
/// </summary>
/// <param name="host">The host.</param>
/// <param name="time">The clock all waiting goes through.</param>
public sealed partial class LabHostController(LabHostPaths host, TimeProvider time)
{
    /// <summary>How often a pending service is polled.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly LabServiceControlManager _scm = new(host);

    /// <summary>
    /// Starts every automatic service that is stopped, dependencies first; waits up to <paramref name="timeout"/> for
    /// each. One attempt each, as an operator's <c>net start</c>: a service that fails stays failed (the agent's run is
    /// what retries). The agent's one service-control engine (<see cref="ServiceOrchestrator"/>) does the work.
    /// </summary>
    public async Task<IReadOnlyList<LabServiceOutcome>> StartServicesAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var orchestrator = Orchestrator(timeout);
        var outcomes = new List<LabServiceOutcome>();
        foreach (var service in await OrderedAsync(cancellationToken).ConfigureAwait(false))
        {
            if (service.StartMode != ServiceStartMode.Automatic)
            {
                continue;
            }

            var outcome = await orchestrator.StartServiceAsync(service.Name, cancellationToken).ConfigureAwait(false);
            var record = await _scm.QueryRecordAsync(service.Name, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome.Verdict switch
            {
                ServiceVerdicts.AlreadyRunning => Outcome(record, true, "already running"),
                ServiceVerdicts.Running => Outcome(record, true, "running"),
                _ when record.State == ServiceState.StartPending => Outcome(record, false, $"still start-pending after {timeout.TotalSeconds:0} s"),
                _ => Outcome(record, false, $"failed to start: {record.ExitReason ?? "stopped"}, Win32 exit code {record.Win32ExitCode}"),
            });
        }

        return outcomes;
    }

    /// <summary>
    /// Stops every service that has a process, dependents first; a stop not done within <paramref name="timeout"/> is
    /// escalated to a kill (through the same engine as the agent's stops).
    /// </summary>
    public async Task<IReadOnlyList<LabServiceOutcome>> StopServicesAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var orchestrator = Orchestrator(timeout);
        var outcomes = new List<LabServiceOutcome>();
        foreach (var service in (await OrderedAsync(cancellationToken).ConfigureAwait(false)).Reverse())
        {
            if (service.State == ServiceState.Stopped)
            {
                continue;
            }

            var outcome = await orchestrator.StopServiceAsync(service.Name, cancellationToken).ConfigureAwait(false);
            var record = await _scm.QueryRecordAsync(service.Name, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome.Verdict switch
            {
                ServiceVerdicts.Killed => Outcome(record, record.State == ServiceState.Stopped, $"did not stop within {timeout.TotalSeconds:0} s: killed"),
                ServiceVerdicts.Stopped or ServiceVerdicts.AlreadyStopped =>
                    Outcome(record, true, record.ExitReason == LabExitReason.Stopped ? "stopped" : $"stopped ({record.ExitReason})"),
                _ => Outcome(record, false, outcome.Detail ?? outcome.Verdict),
            });
        }

        return outcomes;
    }

    /// <summary>
    /// What an operator does with <c>net stop</c> and <c>net start</c>: stops <paramref name="stopOrder"/> in that order (a
    /// late stop killed), then starts the last of them once (a crash is not retried). Returns the started service's
    /// outcome; through the same engine as the agent's restarts.
    /// </summary>
    public async Task<ServiceOutcome> RestartAsync(IReadOnlyList<string> stopOrder, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stopOrder);
        var orchestrator = Orchestrator(timeout);
        foreach (var service in stopOrder)
        {
            var stopped = await orchestrator.StopServiceAsync(service, cancellationToken).ConfigureAwait(false);
            if (stopped.Verdict is not (ServiceVerdicts.Stopped or ServiceVerdicts.AlreadyStopped or ServiceVerdicts.Killed))
            {
                throw new LabHostException(LabHostException.NotStarted, $"{service} did not stop: {stopped.Detail ?? stopped.Verdict}.");
            }
        }

        return await orchestrator.StartServiceAsync(stopOrder[^1], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The engine for one start or stop pass: one start attempt, the lab's timeout, a late stop killed.</summary>
    private ServiceOrchestrator Orchestrator(TimeSpan timeout) => new(_scm, time, new ServiceRestartPolicy
    {
        StartBudget = timeout,
        StartAttemptTimeout = timeout,
        MaxStartRetries = 0,
        StopTimeout = timeout,
        StopEscalation = StopEscalation.Kill,
        KillTimeout = timeout,
        PollInterval = PollInterval,
    });

    private static LabServiceOutcome Outcome(LabServiceRecord record, bool succeeded, string detail) =>
        new(record.Name, succeeded, record.State, record.Win32ExitCode, record.ProcessId, detail);

    private async Task<IReadOnlyList<LabServiceRecord>> OrderedAsync(CancellationToken cancellationToken)
    {
        var response = await LabScmClient.SendAsync(host, new ScmRequest(ScmOperation.List), cancellationToken).ConfigureAwait(false);
        return response.Services ?? [];
    }
}
