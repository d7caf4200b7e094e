using System.Globalization;
using Patcher.Core.Platform;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Patcher.Core.Services;

/// <summary>
/// Starts one service through the <see cref="ServiceStartPipeline"/>. An attempt asks the SCM to start it (1056, already
/// running, counts as started) and waits for Running; reaching Stopped instead (1067 after a crash) fails the attempt.
/// </summary>
internal sealed class ServiceStarter
{
    private readonly IServiceControlManager _scm;
    private readonly TimeProvider _time;
    private readonly ServiceRestartPolicy _policy;
    private readonly ServiceStatePoller _poller;
    private readonly Func<double> _randomizer;

    public ServiceStarter(IServiceControlManager scm, TimeProvider time, ServiceRestartPolicy policy, ServiceStatePoller poller, Func<double> randomizer)
    {
        _scm = scm;
        _time = time;
        _policy = policy;
        _poller = poller;
        _randomizer = randomizer;
    }

    public async Task<ServiceOutcome> StartAsync(string name, string? stateBefore, CancellationToken cancellationToken)
    {
        var begun = _time.GetUtcNow();
        var status = await _poller.QueryAsync(name, cancellationToken).ConfigureAwait(false);
        if (status.State == ServiceState.StopPending)
        {
            // Still stopping (a kill, or a slow stop): a start now would be refused with 1061.
            status = await _poller.WaitAsync(name, s => s.State != ServiceState.StopPending, _policy.StopTimeout, cancellationToken).ConfigureAwait(false);
        }

        if (status.State == ServiceState.Running)
        {
            return Outcome(ServiceVerdicts.AlreadyRunning, status, [], null);
        }

        var attempts = new List<ServiceAttempt>();
        var delayBefore = TimeSpan.Zero;
        var budgetExhausted = false;
        var pipeline = ServiceStartPipeline.Create(_policy, _time, _randomizer, delay => delayBefore = delay, () => budgetExhausted = true);
        try
        {
            await pipeline.ExecuteAsync(
                async token =>
                {
                    var attempt = new AttemptRecorder(this, name, attempts, delayBefore);
                    await attempt.RunAsync(cancellationToken, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            return await EndAsync(ServiceVerdicts.CircuitOpen, Invariant($"{name} crashed in {_policy.CrashesBeforeBreak} starts in a row; the breaker ended the restart rather than retry a service that keeps dying.")).ConfigureAwait(false);
        }
        catch (ServiceStartAttemptException failure) when (!failure.Retryable)
        {
            return await EndAsync(ServiceVerdicts.StartRefused, failure.Message).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException) when (budgetExhausted)
        {
            return await EndAsync(ServiceVerdicts.FailedAfterRetries, Invariant($"{name} did not reach Running within the start budget of {_policy.StartBudget:c} ({attempts.Count} attempt(s)); the agent gives up rather than keep the services down.")).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is ServiceStartAttemptException or TimeoutRejectedException)
        {
            return await EndAsync(ServiceVerdicts.FailedAfterRetries, Invariant($"{name} did not reach Running in {attempts.Count} attempt(s); the last one {attempts[^1].Result}.")).ConfigureAwait(false);
        }

        return await EndAsync(ServiceVerdicts.Running, null).ConfigureAwait(false);

        async Task<ServiceOutcome> EndAsync(string verdict, string? detail)
        {
            var after = await _poller.QueryAsync(name, cancellationToken).ConfigureAwait(false);
            return Outcome(verdict, after, attempts, detail);
        }

        ServiceOutcome Outcome(string verdict, ServiceStatus after, IReadOnlyList<ServiceAttempt> made, string? detail) =>
            new(name, "start", verdict, stateBefore, after.State.ToString(), after.Win32ExitCode, begun, _time.GetUtcNow() - begun, made, detail);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One attempt: its request, its wait, and its record, whatever ends it (the timeout included).</summary>
    private sealed class AttemptRecorder(ServiceStarter starter, string name, List<ServiceAttempt> log, TimeSpan delayBefore)
    {
        private readonly int _number = log.Count + 1;
        private readonly DateTimeOffset _asked = starter._time.GetUtcNow();
        private ServiceStatus? _last;

        public async Task RunAsync(CancellationToken outer, CancellationToken attempt)
        {
            // The timeout's moment, taken when Polly cancels (not when the cancellation is observed), so the record is exact.
            DateTimeOffset? timedOutAt = null;
            using var registration = attempt.Register(() => timedOutAt = starter._time.GetUtcNow());
            try
            {
                await RequestAsync(attempt).ConfigureAwait(false);
                var status = await starter._poller.WaitAsync(name, s => s.State is ServiceState.Running or ServiceState.Stopped, s => _last = s, attempt).ConfigureAwait(false);
                if (status.State == ServiceState.Stopped)
                {
                    // It died during its start: 1067 is KB Q248732's symptom (the poison message is still queued).
                    throw Fail(ServiceAttemptResults.Crashed, status.Win32ExitCode, retryable: true, Invariant($"{name} stopped during its start (Win32 exit code {status.Win32ExitCode})."));
                }

                Record(ServiceAttemptResults.Running, status.State.ToString(), status.Win32ExitCode, null);
            }
            catch (OperationCanceledException) when (attempt.IsCancellationRequested && !outer.IsCancellationRequested)
            {
                // Polly's timeout cancelled this attempt: record it, then let the pipeline turn it into TimeoutRejectedException.
                var state = _last?.State.ToString() ?? "unknown";
                var detail = Invariant($"{name} was still {state} after the per-attempt timeout of {starter._policy.StartAttemptTimeout:c}.");
                Record(ServiceAttemptResults.TimedOut, state, _last?.Win32ExitCode ?? 0, detail, timedOutAt);
                throw;
            }
        }

        private async Task RequestAsync(CancellationToken cancellationToken)
        {
            try
            {
                await starter._scm.StartAsync(name, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceControlException exception) when (exception.Win32Error == ScmErrors.AlreadyRunning)
            {
                // Started (or starting) already, by us in an earlier attempt or by someone else: wait for Running below.
            }
            catch (ServiceControlException exception) when (exception is not ServiceNotFoundException)
            {
                var retryable = exception.Win32Error is ScmErrors.CannotAcceptControl or ScmErrors.RequestTimeout;
                var state = await QueryStateAsync(cancellationToken).ConfigureAwait(false);
                throw Fail(ServiceAttemptResults.Refused, exception.Win32Error, retryable, exception.Message, exception, state);
            }
            catch (ServiceNotFoundException exception)
            {
                throw Fail(ServiceAttemptResults.Refused, exception.Win32Error, retryable: false, exception.Message, exception, "unknown");
            }
        }

        private async Task<string> QueryStateAsync(CancellationToken cancellationToken)
        {
            var status = await starter._poller.QueryAsync(name, cancellationToken).ConfigureAwait(false);
            _last = status;
            return status.State.ToString();
        }

        private ServiceStartAttemptException Fail(string result, int code, bool retryable, string message, Exception? inner = null, string? state = null)
        {
            Record(result, state ?? _last?.State.ToString() ?? "unknown", code, message);
            return new ServiceStartAttemptException(result, code, retryable, message, inner);
        }

        private void Record(string result, string state, int code, string? detail, DateTimeOffset? endedAt = null) =>
            log.Add(new(_number, "start", _asked, (endedAt ?? starter._time.GetUtcNow()) - _asked, delayBefore, result, state, code, detail));
    }
}
