using Patcher.Core.Discovery;
using Patcher.Core.Exchange;
using Patcher.Core.Health;
using Patcher.Core.Platform;
using Patcher.Core.Tests.Assessment;
using Patcher.Core.Tests.Discovery;

namespace Patcher.Core.Tests.Health;

public sealed class MtaHealthProbeTests : IDisposable
{
    private const string Database = @"C:\EXCHSRVR\MTADATA";
    private const string Mta = ExchangeServices.MessageTransferAgent;

    private readonly FakeHost _host = new();
    private readonly MtaInstallation _installation = Installations.With("5.5.2650.24");

    public MtaHealthProbeTests()
    {
        _host.Scm.Statuses[Mta] = new ServiceStatus(Mta, ServiceState.Running, 0, 0, 4242);
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ProbeAsync_RunningWithEmptyQueue_Healthy()
    {
        _host.Queue.Progress[Database] = new QueueProgress(0, 12, 0, FakeHost.Start);
        _host.Time.Advance(TimeSpan.FromHours(3));

        var health = await Probe();

        Assert.Equal(HealthVerdict.Healthy, health.Verdict);
        Assert.Equal(4242, health.Status!.ProcessId);
        Assert.Equal(0, health.Queue!.QueueLength);
        Assert.Equal(FakeHost.Start + TimeSpan.FromHours(3), health.ObservedAt);
    }

    [Fact]
    public async Task ProbeAsync_SystemLogUnreadable_VerdictFromTheScm_ReasonSaysTheEventsAreUnknown()
    {
        _host.Queue.Progress[Database] = new QueueProgress(0, 12, 0, FakeHost.Start);
        _host.EventLog.ReadFailure = new InvalidOperationException("Cannot open log System on computer '.'.");

        var health = await Probe();

        Assert.Equal(HealthVerdict.Healthy, health.Verdict);
        Assert.Empty(health.ScmEvents);
        Assert.Contains("SCM crash events unknown: the System event log could not be read (Cannot open log System", health.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, HealthVerdict.Healthy)]
    [InlineData(14 * 60, HealthVerdict.Healthy)]
    [InlineData(15 * 60, HealthVerdict.Healthy)]
    [InlineData((15 * 60) + 1, HealthVerdict.Hung)]
    [InlineData(3 * 3600, HealthVerdict.Hung)]
    public async Task ProbeAsync_QueueNotEmpty_HungOnlyAfterDefaultWindow(int secondsWithoutProgress, HealthVerdict expected)
    {
        _host.Queue.Progress[Database] = new QueueProgress(3, 7, 0, FakeHost.Start);
        _host.Time.Advance(TimeSpan.FromSeconds(secondsWithoutProgress));

        var health = await Probe();

        Assert.Equal(expected, health.Verdict);
        Assert.Equal(TimeSpan.FromSeconds(secondsWithoutProgress), health.SinceProgress);
        Assert.Equal(MtaHealthOptions.DefaultHungAfter, health.HungAfter);
    }

    [Fact]
    public async Task ProbeAsync_LabWindow_HungAfterSeconds()
    {
        _host.Queue.Progress[Database] = new QueueProgress(2, 5, 0, FakeHost.Start);
        var options = new MtaHealthOptions { HungAfter = TimeSpan.FromSeconds(10) };

        _host.Time.Advance(TimeSpan.FromSeconds(10));
        var before = await Probe(options);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var after = await Probe(options);

        Assert.Equal(HealthVerdict.Healthy, before.Verdict);
        Assert.Equal(HealthVerdict.Hung, after.Verdict);
        Assert.Contains("2 message(s) queued", after.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_QueueMovedRecently_Healthy()
    {
        _host.Time.Advance(TimeSpan.FromHours(1));
        _host.Queue.Progress[Database] = new QueueProgress(40, 900, 1, _host.Time.GetUtcNow() - TimeSpan.FromSeconds(5));

        var health = await Probe();

        Assert.Equal(HealthVerdict.Healthy, health.Verdict);
    }

    [Fact]
    public async Task ProbeAsync_ProgressInTheFuture_CountsAsJustNow()
    {
        _host.Queue.Progress[Database] = new QueueProgress(3, 7, 0, FakeHost.Start + TimeSpan.FromHours(1));

        var health = await Probe();

        Assert.Equal(HealthVerdict.Healthy, health.Verdict);
        Assert.Equal(TimeSpan.Zero, health.SinceProgress);
    }

    [Fact]
    public async Task ProbeAsync_QueueUnreadable_HealthyButSaysSo()
    {
        var health = await Probe();

        Assert.Equal(HealthVerdict.Healthy, health.Verdict);
        Assert.Null(health.Queue);
        Assert.Null(health.SinceProgress);
        Assert.Contains("cannot be read", health.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_StoppedWith1067_Crashed()
    {
        _host.Scm.Statuses[Mta] = new ServiceStatus(Mta, ServiceState.Stopped, ServiceStatus.ProcessAborted, 0, 0);

        var health = await Probe();

        Assert.Equal(HealthVerdict.StoppedWith1067, health.Verdict);
        Assert.Equal(1067, health.Status!.Win32ExitCode);
        Assert.Contains("1067", health.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ServiceStatus.ServiceSpecificError)]
    public async Task ProbeAsync_StoppedOtherwise_Stopped(int exitCode)
    {
        _host.Scm.Statuses[Mta] = new ServiceStatus(Mta, ServiceState.Stopped, exitCode, 0, 0);

        var health = await Probe();

        Assert.Equal(HealthVerdict.Stopped, health.Verdict);
    }

    [Theory]
    [InlineData(ServiceState.StartPending)]
    [InlineData(ServiceState.StopPending)]
    [InlineData(ServiceState.Paused)]
    public async Task ProbeAsync_PendingOrPaused_Unknown(ServiceState state)
    {
        _host.Scm.Statuses[Mta] = new ServiceStatus(Mta, state, 0, 0, 4242);
        _host.Queue.Progress[Database] = new QueueProgress(3, 7, 0, FakeHost.Start);
        _host.Time.Advance(TimeSpan.FromHours(1));

        var health = await Probe();

        Assert.Equal(HealthVerdict.Unknown, health.Verdict);
    }

    [Fact]
    public async Task ProbeAsync_InstallationWithoutService_NotInstalled()
    {
        var health = await Probe(installation: _installation with { ServiceName = null, DisplayName = null });

        Assert.Equal(HealthVerdict.NotInstalled, health.Verdict);
        Assert.Null(health.Status);
    }

    [Fact]
    public async Task ProbeAsync_ServiceGone_NotInstalled()
    {
        _host.Scm.Statuses.Clear();

        var health = await Probe();

        Assert.Equal(HealthVerdict.NotInstalled, health.Verdict);
        Assert.Contains("1060", health.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_ScmRefuses_UnknownWithWin32Error()
    {
        _host.Scm.QueryFailure = new ServiceControlException(Mta, 5, "Access is denied.");

        var health = await Probe();

        Assert.Equal(HealthVerdict.Unknown, health.Verdict);
        Assert.Contains("Win32 error 5", health.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_ScmEvents_OnlyThisServicesFailuresWithinLookback()
    {
        _host.Time.Advance(TimeSpan.FromDays(2));
        var now = _host.Time.GetUtcNow();
        Scm(7034, now - TimeSpan.FromHours(25), $"The {FakeHost.MtaDisplayName} service terminated unexpectedly.");   // too old
        Scm(7034, now - TimeSpan.FromHours(2), $"The {FakeHost.MtaDisplayName} service terminated unexpectedly.");
        Scm(7031, now - TimeSpan.FromHours(1), "The MSExchangeMTA service terminated unexpectedly. It has done this 2 time(s).");
        Scm(7023, now - TimeSpan.FromMinutes(30), $"The {FakeHost.MtaDisplayName} service terminated with the following error: 1067.");
        Scm(7024, now - TimeSpan.FromMinutes(20), $"The {FakeHost.MtaDisplayName} service terminated with service-specific error 3.");
        Scm(7036, now - TimeSpan.FromMinutes(10), $"The {FakeHost.MtaDisplayName} service entered the stopped state.");      // not a failure
        Scm(7034, now - TimeSpan.FromMinutes(5), "The Microsoft Exchange Information Store service terminated unexpectedly."); // another service
        _host.EventLog.Write(new EventLogEntry(EventLogEntry.SystemLog, "MSExchangeMTA", 7034, EventLevel.Error, now, "MSExchangeMTA"));    // another source
        _host.EventLog.Write(new EventLogEntry(EventLogEntry.ApplicationLog, ExchangeEvents.ScmSource, 7034, EventLevel.Error, now, "MSExchangeMTA"));

        var health = await Probe();

        Assert.Equal([7034, 7031, 7023, 7024], health.ScmEvents.Select(e => e.EventId));
    }

    [Fact]
    public async Task ProbeAsync_ShortLookback_ReadsLess()
    {
        _host.Time.Advance(TimeSpan.FromHours(1));
        Scm(7034, _host.Time.GetUtcNow() - TimeSpan.FromMinutes(30), "The MSExchangeMTA service terminated unexpectedly.");

        var health = await Probe(new MtaHealthOptions { EventLookback = TimeSpan.FromMinutes(10) });

        Assert.Empty(health.ScmEvents);
    }

    [Fact]
    public async Task ProbeAsync_DiscoveredHost_ReadsQueueAtDatabasePath()
    {
        using var host = new FakeHost();
        host.InstallMta("5.5.2650.24");
        host.Queue.Progress[Database] = new QueueProgress(1, 0, 0, FakeHost.Start);
        host.Time.Advance(TimeSpan.FromMinutes(20));
        var installation = Assert.Single(await MtaDiscovery.DiscoverAsync(host.Platform));

        var health = await new MtaHealthProbe(host.Platform).ProbeAsync(installation);

        Assert.Equal(HealthVerdict.Hung, health.Verdict);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(1, 0)]
    public void Constructor_NonPositiveWindow_Throws(int hungAfterSeconds, int lookbackSeconds)
    {
        var options = new MtaHealthOptions { HungAfter = TimeSpan.FromSeconds(hungAfterSeconds), EventLookback = TimeSpan.FromSeconds(lookbackSeconds) };

        Assert.Throws<ArgumentOutOfRangeException>(() => new MtaHealthProbe(_host.Platform, options));
    }

    [Theory]
    [InlineData(HealthVerdict.Healthy, "healthy")]
    [InlineData(HealthVerdict.Hung, "hung")]
    [InlineData(HealthVerdict.StoppedWith1067, "stopped-with-1067")]
    [InlineData(HealthVerdict.Stopped, "stopped")]
    [InlineData(HealthVerdict.NotInstalled, "not-installed")]
    [InlineData(HealthVerdict.Unknown, "unknown")]
    public void ToName_EveryVerdict_IsStableKebabCase(HealthVerdict verdict, string name) => Assert.Equal(name, verdict.ToName());

    private Task<MtaHealth> Probe(MtaHealthOptions? options = null, MtaInstallation? installation = null) =>
        new MtaHealthProbe(_host.Platform, options).ProbeAsync(installation ?? _installation);

    private void Scm(int eventId, DateTimeOffset when, string message) =>
        _host.EventLog.Write(new EventLogEntry(EventLogEntry.SystemLog, ExchangeEvents.ScmSource, eventId, EventLevel.Error, when, message));
}
