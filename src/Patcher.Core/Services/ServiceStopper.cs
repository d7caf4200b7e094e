using System.Globalization;
using Patcher.Core.Platform;

namespace Patcher.Core.Services;

/// <summary>
/// Stops one service: ask, wait for Stopped within <see cref="ServiceRestartPolicy.StopTimeout"/>, then escalate as the
/// policy says. Never waits forever: the SCM gives a stuck stop no grace by itself (DOMAIN.md).
/// </summary>
internal sealed class ServiceStopper
{
    private readonly IServiceControlManager _scm;
    private readonly IServiceKiller? _killer;
    private readonly TimeProvider _time;
    private readonly ServiceRestartPolicy _policy;
    private readonly ServiceStatePoller _poller;

    public ServiceStopper(IServiceControlManager scm, IServiceKiller? killer, TimeProvider time, ServiceRestartPolicy policy, ServiceStatePoller poller)
    {
        _scm = scm;
        _killer = killer;
        _time = time;
        _policy = policy;
        _poller = poller;
    }

    public async Task<ServiceOutcome> StopAsync(ServiceSnapshot snapshot, CancellationToken cancellationToken)
    {
        var begun = _time.GetUtcNow();
        var name = snapshot.Name;
        if (snapshot.State is null)
        {
            return new(name, "stop", ServiceVerdicts.NotInstalled, null, "NotInstalled", 0, begun, TimeSpan.Zero, [], $"The SCM does not know {name} (1060).");
        }

        var status = await _poller.QueryAsync(name, cancellationToken).ConfigureAwait(false);
        if (status.State == ServiceState.Stopped)
        {
            return Outcome(ServiceVerdicts.AlreadyStopped, status, [], null);
        }

        var attempts = new List<ServiceAttempt>();
        var asked = _time.GetUtcNow();
        try
        {
            await _scm.StopAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceControlException exception) when (exception.Win32Error is ScmErrors.NotActive or ScmErrors.CannotAcceptControl)
        {
            // Stopped on its own meanwhile, or already stopping: the wait below tells which.
        }
        catch (ServiceControlException exception)
        {
            status = await _poller.QueryAsync(name, cancellationToken).ConfigureAwait(false);
            attempts.Add(Attempt(1, "stop", asked, TimeSpan.Zero, ServiceAttemptResults.Refused, status.State, exception.Win32Error, exception.Message));
            return Outcome(ServiceVerdicts.StopRefused, status, attempts, exception.Message);
        }

        status = await _poller.WaitAsync(name, IsStopped, _policy.StopTimeout, cancellationToken).ConfigureAwait(false);
        if (IsStopped(status))
        {
            attempts.Add(Attempt(1, "stop", asked, TimeSpan.Zero, ServiceAttemptResults.Stopped, status.State, status.Win32ExitCode, null));
            return Outcome(ServiceVerdicts.Stopped, status, attempts, null);
        }

        var late = Invariant($"still {status.State} after the stop timeout of {_policy.StopTimeout:c}");
        attempts.Add(Attempt(1, "stop", asked, TimeSpan.Zero, ServiceAttemptResults.TimedOut, status.State, status.Win32ExitCode, late));
        if (_policy.StopEscalation != StopEscalation.Kill || _killer is null)
        {
            return Outcome(ServiceVerdicts.StopTimedOut, status, attempts, $"{name} is {late}; stop escalation is None, so it was left as it is.");
        }

        return await KillAsync(snapshot, begun, attempts, late, cancellationToken).ConfigureAwait(false);

        ServiceOutcome Outcome(string verdict, ServiceStatus after, IReadOnlyList<ServiceAttempt> made, string? detail) =>
            new(name, "stop", verdict, snapshot.State?.ToString(), after.State.ToString(), after.Win32ExitCode, begun, _time.GetUtcNow() - begun, made, detail);
    }

    private async Task<ServiceOutcome> KillAsync(
        ServiceSnapshot snapshot, DateTimeOffset begun, List<ServiceAttempt> attempts, string late, CancellationToken cancellationToken)
    {
        var name = snapshot.Name;
        var asked = _time.GetUtcNow();
        ServiceStatus status;
        try
        {
            await _killer!.KillAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceControlException exception) when (exception.Win32Error != ScmErrors.NotActive)
        {
            status = await _poller.QueryAsync(name, cancellationToken).ConfigureAwait(false);
            attempts.Add(Attempt(1, "kill", asked, TimeSpan.Zero, ServiceAttemptResults.Refused, status.State, exception.Win32Error, exception.Message));
            return Outcome(ServiceVerdicts.StopTimedOut, $"{name} is {late}, and the kill was refused: {exception.Message}");
        }

        status = await _poller.WaitAsync(name, IsStopped, _policy.KillTimeout, cancellationToken).ConfigureAwait(false);
        if (IsStopped(status))
        {
            attempts.Add(Attempt(1, "kill", asked, TimeSpan.Zero, ServiceAttemptResults.Stopped, status.State, status.Win32ExitCode, null));
            return Outcome(ServiceVerdicts.Killed, $"{name} was {late}, so it was killed (stop escalation Kill).");
        }

        attempts.Add(Attempt(1, "kill", asked, TimeSpan.Zero, ServiceAttemptResults.TimedOut, status.State, status.Win32ExitCode, null));
        return Outcome(ServiceVerdicts.StopTimedOut, Invariant($"{name} was {late}, and is still {status.State} {_policy.KillTimeout:c} after it was killed."));

        ServiceOutcome Outcome(string verdict, string detail) =>
            new(name, "stop", verdict, snapshot.State?.ToString(), status.State.ToString(), status.Win32ExitCode, begun, _time.GetUtcNow() - begun, attempts, detail);
    }

    private ServiceAttempt Attempt(int number, string action, DateTimeOffset asked, TimeSpan delay, string result, ServiceState state, int code, string? detail) =>
        new(number, action, asked, _time.GetUtcNow() - asked, delay, result, state.ToString(), code, detail);

    private static bool IsStopped(ServiceStatus status) => status.State == ServiceState.Stopped;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
