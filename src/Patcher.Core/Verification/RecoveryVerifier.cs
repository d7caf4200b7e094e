using System.Globalization;
using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.RunningModules;

namespace Patcher.Core.Verification;

/// <summary>
/// Proves (or disproves) that an MTA recovered after a restart (ARCHITECTURE.md, Verify): it stays running, same process,
/// through the stability window; its Win32 exit code is not 1067; no SCM 7031/7034 event names it since the restart; its
/// queue makes progress (or is empty); and each poison message queued before the patch was rejected with an NDR carrying
/// invalid-arguments (11); and the running process loaded the fix files installed (<c>running-the-fix</c>, issue 15).
/// Observed by polling on the host's <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class RecoveryVerifier
{
    private readonly HostPlatform _host;
    private readonly IP1Inspector _inspector;
    private readonly RecoveryVerifierOptions _options;

    /// <summary>A verifier for <paramref name="host"/>, decoding NDRs with <paramref name="inspector"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public RecoveryVerifier(HostPlatform host, IP1Inspector inspector, RecoveryVerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(inspector);
        _host = host;
        _inspector = inspector;
        _options = options ?? new RecoveryVerifierOptions();
        _options.Validate();
    }

    /// <summary>The options in force.</summary>
    public RecoveryVerifierOptions Options => _options;

    /// <summary>Watches <paramref name="installation"/>'s MTA and returns the verdict with the evidence for each check.</summary>
    /// <param name="installation">The MTA (it must have a service).</param>
    /// <param name="requirements">What the package says recovery must show.</param>
    /// <param name="poison">The poison messages queued before the patch.</param>
    /// <param name="restartedAt">When the MTA was (last) started: SCM events are read from here.</param>
    /// <param name="expected">
    /// What the running MTA must have loaded (<c>running-the-fix</c>); null: the fix files installed now, carrying Q248732.
    /// </param>
    /// <param name="cancellationToken">Cancels the observation.</param>
    public async Task<RecoveryVerification> VerifyAsync(
        MtaInstallation installation,
        VerificationRequirements requirements,
        PoisonInventory poison,
        DateTimeOffset restartedAt,
        RunningFixExpectation? expected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(poison);
        var service = installation.ServiceName ?? requirements.Service;
        var started = _host.Time.GetUtcNow();
        var watch = await WatchAsync(installation, service, requirements, poison, started, cancellationToken).ConfigureAwait(false);
        expected ??= RunningFixExpectation.Installed(_host.Files, installation, FixBaseline.Q248732.FixFiles, FixBaseline.Q248732);
        var modules = ReadModules(watch, expected);
        RecoveryCheck[] checks =
        [
            RunningCheck(watch),
            ExitCodeCheck(watch, requirements),
            EventsCheck(installation, service, requirements, restartedAt),
            QueueCheck(watch, requirements),
            PoisonCheck(installation, requirements, poison),
            RunningTheFixCheck(watch, modules, expected),
        ];
        var verdict = checks.Any(c => c.State == RecoveryCheckState.Failed)
            ? RecoveryVerdict.NotRecovered
            : checks.Any(c => c.State == RecoveryCheckState.Unknown) ? RecoveryVerdict.Unknown : RecoveryVerdict.Recovered;
        return new RecoveryVerification(verdict, service, restartedAt, started, _host.Time.GetUtcNow(), checks) { LoadedModules = modules };
    }

    /// <summary>
    /// Polls until the service stops or changes process (fail fast), or the window has passed and the queue and poison
    /// evidence is in (or its grace has run out).
    /// </summary>
    private async Task<Watch> WatchAsync(
        MtaInstallation installation, string service, VerificationRequirements requirements, PoisonInventory poison, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var windowEnd = started + _options.StabilityWindow;
        var evidenceEnd = windowEnd + (_options.EvidenceGrace ?? _options.StabilityWindow);
        var first = await QueryAsync(service, cancellationToken).ConfigureAwait(false);
        var watch = new Watch(started, first.Status, first.Error, _host.Queue.Read(installation.DatabasePath));
        if (first.Status?.State != ServiceState.Running)
        {
            return watch with { Last = first.Status, LastAt = started, QueueAtEnd = watch.QueueAtStart };
        }

        while (true)
        {
            await Task.Delay(_options.PollInterval, _host.Time, cancellationToken).ConfigureAwait(false);
            var now = _host.Time.GetUtcNow();
            var (status, error) = await QueryAsync(service, cancellationToken).ConfigureAwait(false);
            watch = watch with { Last = status, LastAt = now, Polls = watch.Polls + 1, Error = error ?? watch.Error };
            if (status is null || status.State != ServiceState.Running || status.ProcessId != first.Status.ProcessId)
            {
                return watch with { QueueAtEnd = _host.Queue.Read(installation.DatabasePath) };
            }

            if (now < windowEnd)
            {
                continue;
            }

            var queue = _host.Queue.Read(installation.DatabasePath);
            watch = watch with { QueueAtEnd = queue, RanThroughWindow = true };
            var evidenceIn = QueueCheck(watch, requirements).State != RecoveryCheckState.Failed
                && PoisonCheck(installation, requirements, poison).State != RecoveryCheckState.Failed;
            if (evidenceIn || now >= evidenceEnd)
            {
                return watch;
            }
        }
    }

    private async Task<(ServiceStatus? Status, string? Error)> QueryAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            return (await _host.Services.QueryStatusAsync(service, cancellationToken).ConfigureAwait(false), null);
        }
        catch (ServiceControlException e)
        {
            return (null, $"the SCM did not report {service} (Win32 error {e.Win32Error.ToString(CultureInfo.InvariantCulture)}): {e.Message}");
        }
    }

    /// <summary>What polling saw.</summary>
    private sealed record Watch(DateTimeOffset Started, ServiceStatus? First, string? Error, QueueProgress? QueueAtStart)
    {
        public ServiceStatus? Last { get; init; }

        public DateTimeOffset LastAt { get; init; }

        public int Polls { get; init; }

        public bool RanThroughWindow { get; init; }

        public QueueProgress? QueueAtEnd { get; init; }
    }
}
