using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;
using Patcher.Lab.EventLog;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Tests.EndToEnd;

/// <summary>
/// The lab SCM with real processes, driven through <see cref="LabServiceControlManager"/> as the agent drives it.
/// Hosts without an MTA keep these tests independent of the lab MTA and quick (three services).
/// </summary>
public sealed class LabScmEndToEndTests : IDisposable
{
    private const string Sa = ExchangeServices.SystemAttendant;
    private const string Ds = ExchangeServices.Directory;
    private const string Is = ExchangeServices.InformationStore;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly TempLab _lab = new();

    public void Dispose() => _lab.Dispose();

    [Fact]
    public async Task Scm_RefusesAsWindowsDoes_AndRecords1067And7034WhenAServiceDies()
    {
        var (host, scm) = await StartDaemonAsync("h1");

        Assert.Equal(Win32Errors.ServiceDependencyFail, (await Assert.ThrowsAsync<ServiceControlException>(() => scm.StartAsync(Ds))).Win32Error);
        await StartAndWaitAsync(scm, Sa);
        Assert.Equal(Win32Errors.ServiceAlreadyRunning, (await Assert.ThrowsAsync<ServiceControlException>(() => scm.StartAsync(Sa))).Win32Error);
        await StartAndWaitAsync(scm, Ds);
        await StartAndWaitAsync(scm, Is);
        Assert.Equal(Win32Errors.DependentServicesRunning, (await Assert.ThrowsAsync<ServiceControlException>(() => scm.StopAsync(Sa))).Win32Error);
        Assert.Equal(1060, (await Assert.ThrowsAsync<ServiceNotFoundException>(() => scm.StopAsync("NoSuchService"))).Win32Error);
        await Assert.ThrowsAsync<ServiceNotFoundException>(() => scm.QueryStatusAsync("NoSuchService"));

        var store = await scm.QueryStatusAsync(Is);
        Assert.True(Directory.Exists($"/proc/{store.ProcessId}"));
        var since = TimeProvider.System.GetUtcNow().AddSeconds(-1);
        UnixProcess.Kill(store.ProcessId);

        Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync(Is)).State == ServiceState.Stopped));
        var died = await scm.QueryRecordAsync(Is);
        Assert.Equal(ServiceStatus.ProcessAborted, died.Win32ExitCode);
        Assert.Equal(0, died.ProcessId);
        Assert.Equal(LabExitReason.TerminatedUnexpectedly, died.ExitReason);
        var crash = Assert.Single(new LabEventLog(host.EventLogFolder).Read(EventLogEntry.SystemLog, since));
        Assert.Equal((ExchangeEvents.ScmSource, ExchangeEvents.ServiceTerminatedUnexpectedly), (crash.Source, crash.EventId));
        Assert.StartsWith("The Microsoft Exchange Information Store service terminated unexpectedly.", crash.Message, StringComparison.Ordinal);
        Assert.Equal(Win32Errors.ServiceNotActive, (await Assert.ThrowsAsync<ServiceControlException>(() => scm.StopAsync(Is))).Win32Error);

        // A stop runs to exit code 0; a kill (the agent's escalation) is recorded without 1067 or an event.
        await scm.StopAsync(Ds);
        Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync(Ds)).State == ServiceState.Stopped));
        Assert.Equal(LabExitReason.Stopped, (await scm.QueryRecordAsync(Ds)).ExitReason);
        Assert.Equal(0, (await scm.QueryStatusAsync(Ds)).Win32ExitCode);
        await scm.KillAsync(Sa);
        Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync(Sa)).State == ServiceState.Stopped));
        var killed = await scm.QueryRecordAsync(Sa);
        Assert.Equal((0, LabExitReason.Killed), (killed.Win32ExitCode, killed.ExitReason));
        Assert.Single(new LabEventLog(host.EventLogFolder).Read(EventLogEntry.SystemLog, since));
    }

    [Fact]
    public async Task DaemonRestart_KeepsRecordedStates_AndAdoptsServicesThatKeptRunning()
    {
        var (host, scm) = await StartDaemonAsync("h2");
        await StartAndWaitAsync(scm, Sa);
        await StartAndWaitAsync(scm, Ds);
        var ds = await scm.QueryStatusAsync(Ds);
        UnixProcess.Kill(ds.ProcessId);
        Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync(Ds)).Win32ExitCode == ServiceStatus.ProcessAborted));
        var sa = await scm.QueryStatusAsync(Sa);

        // The daemon dies; its service keeps running with nobody watching.
        var daemon = LabHostController.ReadDaemonPid(host);
        UnixProcess.Kill(daemon);
        Assert.True(await Eventually.TrueAsync(() => !UnixProcess.IsAlive(daemon)));
        Assert.True(UnixProcess.IsAlive(sa.ProcessId));

        await new LabHostController(host, TimeProvider.System).StartDaemonAsync(PatcherProcess.Command, Timeout);

        var adopted = await scm.QueryStatusAsync(Sa);
        Assert.Equal((ServiceState.Running, sa.ProcessId), (adopted.State, adopted.ProcessId));
        var crashed = await scm.QueryRecordAsync(Ds);
        Assert.Equal((ServiceState.Stopped, ServiceStatus.ProcessAborted, 1), (crashed.State, crashed.Win32ExitCode, crashed.UnexpectedExits));

        // The adopted service is still controlled: its stop is seen by polling.
        await scm.StopAsync(Sa);
        Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync(Sa)).State == ServiceState.Stopped));
        Assert.False(UnixProcess.IsAlive(sa.ProcessId));
    }

    [Fact]
    public async Task Daemon_HostFolderDeleted_ShutsDownWithItsServices()
    {
        var (host, scm) = await StartDaemonAsync("h3");
        await StartAndWaitAsync(scm, Sa);
        var service = (await scm.QueryStatusAsync(Sa)).ProcessId;
        var daemon = LabHostController.ReadDaemonPid(host);

        Directory.Delete(host.Root, recursive: true);

        Assert.True(await Eventually.TrueAsync(() => !UnixProcess.IsAlive(daemon) && !UnixProcess.IsAlive(service)), "the daemon or its service outlived the host folder");
    }

    private static async Task StartAndWaitAsync(LabServiceControlManager scm, string service)
    {
        await scm.StartAsync(service);
        Assert.True(await Eventually.TrueAsync(async () => (await scm.QueryStatusAsync(service)).State == ServiceState.Running), $"{service} did not start");
    }

    private async Task<(LabHostPaths Host, LabServiceControlManager Scm)> StartDaemonAsync(string name)
    {
        var host = _lab.AddHost(name, new LabHostOptions { Version = FileVersion.Parse("5.5.2650.24"), NoMta = true });
        Assert.True(await new LabHostController(host, TimeProvider.System).StartDaemonAsync(PatcherProcess.Command, Timeout));
        return (host, new LabServiceControlManager(host));
    }
}
