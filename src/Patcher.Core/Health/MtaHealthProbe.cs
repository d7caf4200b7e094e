using System.Globalization;
using Patcher.Core.Discovery;
using Patcher.Core.Platform;

namespace Patcher.Core.Health;

/// <summary>
/// Reads an MTA's health from the SCM (state, Win32 exit code), the event log (SCM 7031/7034/7023/7024) and the queue's
/// progress; tells a hung MTA (KB Q248732: running, queue not empty, no progress) from a working one. Time is the host's
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class MtaHealthProbe
{
    private readonly HostPlatform _host;
    private readonly MtaHealthOptions _options;

    /// <summary>A probe for <paramref name="host"/>; <paramref name="options"/> default to the production windows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public MtaHealthProbe(HostPlatform host, MtaHealthOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host;
        _options = options ?? new MtaHealthOptions();
        _options.Validate();
    }

    /// <summary>The health of <paramref name="installation"/>'s MTA now.</summary>
    public async Task<MtaHealth> ProbeAsync(MtaInstallation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var now = _host.Time.GetUtcNow();
        if (installation.ServiceName is not { } serviceName)
        {
            return Verdict(HealthVerdict.NotInstalled, "No service runs this MTA installation.", now, null, null, new EventLogRead([], null));
        }

        var events = ReadScmEvents(installation, now);
        ServiceStatus status;
        try
        {
            status = await _host.Services.QueryStatusAsync(serviceName, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceNotFoundException)
        {
            return Verdict(HealthVerdict.NotInstalled, $"The service {serviceName} does not exist (Win32 error 1060).", now, null, null, events);
        }
        catch (ServiceControlException exception)
        {
            return Verdict(
                HealthVerdict.Unknown,
                string.Create(CultureInfo.InvariantCulture, $"The SCM refused to report {serviceName}'s status (Win32 error {exception.Win32Error}): {exception.Message}"),
                now,
                null,
                null,
                events);
        }

        return status.State switch
        {
            ServiceState.Running => Running(installation, status, now, events),
            ServiceState.Stopped when status.Win32ExitCode == ServiceStatus.ProcessAborted => Verdict(
                HealthVerdict.StoppedWith1067,
                $"{serviceName} is stopped with Win32 exit code 1067: the process terminated unexpectedly.",
                now,
                status,
                null,
                events),
            ServiceState.Stopped => Verdict(
                HealthVerdict.Stopped,
                string.Create(CultureInfo.InvariantCulture, $"{serviceName} is stopped (Win32 exit code {status.Win32ExitCode})."),
                now,
                status,
                null,
                events),
            _ => Verdict(HealthVerdict.Unknown, $"{serviceName} is {status.State}; its health can be judged once it settles.", now, status, null, events),
        };
    }

    private MtaHealth Running(MtaInstallation installation, ServiceStatus status, DateTimeOffset now, EventLogRead events)
    {
        var queue = _host.Queue.Read(installation.DatabasePath);
        if (queue is null)
        {
            return Verdict(HealthVerdict.Healthy, $"{status.Name} is running; its queue progress cannot be read, so a hang cannot be ruled out.", now, status, null, events);
        }

        var since = now - queue.LastProgress;
        since = since < TimeSpan.Zero ? TimeSpan.Zero : since;
        if (queue.QueueLength > 0 && since > _options.HungAfter)
        {
            return Verdict(
                HealthVerdict.Hung,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{status.Name} is running with {queue.QueueLength} message(s) queued and no progress for {Describe(since)} (hung after {Describe(_options.HungAfter)})."),
                now,
                status,
                queue,
                events,
                since);
        }

        var reason = queue.QueueLength == 0
            ? $"{status.Name} is running; its queue is empty."
            : string.Create(CultureInfo.InvariantCulture, $"{status.Name} is running; {queue.QueueLength} message(s) queued, last progress {Describe(since)} ago.");
        return Verdict(HealthVerdict.Healthy, reason, now, status, queue, events, since);
    }

    private MtaHealth Verdict(
        HealthVerdict verdict,
        string reason,
        DateTimeOffset now,
        ServiceStatus? status,
        QueueProgress? queue,
        EventLogRead events,
        TimeSpan? since = null) =>
        new(verdict, events.Problem is null ? reason : $"{reason} SCM crash events unknown: {events.Problem}.", now, status, queue, since, _options.HungAfter, events.Entries);

    private static string Describe(TimeSpan span) => span.TotalSeconds < 120
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} min");
}
