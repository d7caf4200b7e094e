using System.Globalization;
using Patcher.Core.Apply;
using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Health;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.Services;
using Patcher.Core.Verification;

namespace Patcher.Core.Pipeline;

/// <summary>
/// One run of the agent on one host (ARCHITECTURE.md, the pipeline): finish or undo an unfinished journal; discover;
/// assess against the package's baseline; read the health; when the MTA is vulnerable or half-patched and the package
/// applies, take the poison inventory, apply (services through the Polly restarter), bring the MTA up, verify recovery;
/// when verification fails, roll back, restart, verify again. Returns the host report; idempotent (a patched, healthy
/// host is reported compliant and nothing is touched).
/// </summary>
public sealed partial class HostRun
{
    private readonly HostPlatform _host;
    private readonly IP1Inspector _inspector;
    private readonly HostRunOptions _options;
    private readonly Action<ReportedAction>? _progress;

    /// <summary>A run on <paramref name="host"/>; <paramref name="progress"/> hears each step as it ends.</summary>
    public HostRun(HostPlatform host, IP1Inspector inspector, HostRunOptions? options = null, Action<ReportedAction>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(inspector);
        _host = host;
        _inspector = inspector;
        _options = options ?? new HostRunOptions();
        _options.Health.Validate();
        _options.Verification.Validate();
        _progress = progress;
    }

    /// <summary>Runs with <paramref name="package"/> (verified; null in a scan-only run, or when <paramref name="packageProblem"/> says why it could not be used).</summary>
    public async Task<HostReport> RunAsync(IHotfixPackage? package, string? packageProblem = null, CancellationToken cancellationToken = default)
    {
        var started = _host.Time.GetUtcNow();
        var context = new RunContext(new RecoveryLoop(_host, _inspector, _options, new RunRecorder(_host.Time, _progress)), package, packageProblem);
        RunConclusion conclusion;
        try
        {
            conclusion = await RunStepsAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (HotfixApplier.IsOperational(e) && e is not OperationCanceledException)
        {
            conclusion = new RunConclusion(HostOutcome.Error, $"The run could not finish: {e.Message}");
        }

        var installations = await AfterAsync(context, cancellationToken).ConfigureAwait(false);
        return new HostReport(
            HostReport.CurrentSchemaVersion,
            _host.MachineName,
            _options.AgentVersion,
            EngineVersion(installations),
            started.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture),
            _options.Mode,
            started,
            _host.Time.GetUtcNow(),
            package is null ? null : ReportedPackage.From(package),
            installations,
            context.Recorder.Actions,
            context.Recorder.FileChanges,
            RestartAttempts(context.Restarter.Outcomes),
            context.Recorder.Verifications,
            conclusion.Outcome,
            conclusion.Reason)
        {
            Ring = _options.Gate?.Ring,
        };
    }

    private async Task<RunConclusion> RunStepsAsync(RunContext context, CancellationToken cancellationToken)
    {
        var recorder = context.Recorder;
        var baseline = context.Package?.Manifest.Baseline ?? FixBaseline.Q248732;
        var installations = (await context.Loop.PrepareAsync(baseline, recover: _options.Mode == RunMode.Apply, cancellationToken).ConfigureAwait(false)).Installations;

        if (installations.Count == 0)
        {
            return new RunConclusion(HostOutcome.NoMta, $"No Exchange 5.5 MTA installation was found on {_host.MachineName}: {baseline.KbArticle} does not apply.");
        }

        var probe = new MtaHealthProbe(_host, _options.Health);
        var assessStarted = _host.Time.GetUtcNow();
        foreach (var installation in installations)
        {
            var assessment = FixAssessor.Assess(installation, baseline);
            var health = await probe.ProbeAsync(installation, cancellationToken).ConfigureAwait(false);
            context.Found.Add(new FoundInstallation(installation, assessment, health));
        }

        var target = context.Found.FirstOrDefault(f => f.Installation.ServiceName is not null) ?? context.Found[0];
        recorder.Add(ReportActions.Assess, assessStarted, ActionResult.Succeeded,
            $"{target.Assessment.Verdict.ToName()}: {target.Assessment.Reason} Health: {target.Health.Verdict.ToName()}: {target.Health.Reason}");
        return target.Assessment.Verdict switch
        {
            // One rule for a refused package: the run is an error wherever one was given, even on a host that needs
            // nothing (an untrusted signer or a tampered package on the share must be seen before a host needs it).
            _ when context.PackageProblem is { } refused => new RunConclusion(HostOutcome.Error,
                $"{target.Assessment.Reason} The package was refused: {refused}"),
            FixVerdict.NotApplicable => new RunConclusion(HostOutcome.NotApplicable, target.Assessment.Reason),
            FixVerdict.Unknown => new RunConclusion(HostOutcome.Error, target.Assessment.Reason),
            FixVerdict.FixedByHotfix or FixVerdict.MeetsBaseline => new RunConclusion(HostOutcome.Compliant,
                $"{target.Assessment.Reason} Nothing to do; the MTA is {target.Health.Verdict.ToName()}: {target.Health.Reason}"),
            _ when _options.Mode == RunMode.ScanOnly => new RunConclusion(HostOutcome.Vulnerable, $"{target.Assessment.Reason} Scan only: nothing was changed."),
            _ when context.Package is null => new RunConclusion(HostOutcome.Error, $"{target.Assessment.Reason} No package was given."),
            _ when target.Installation.ServiceName is null => new RunConclusion(HostOutcome.Error,
                $"{target.Assessment.Reason} No service runs this MTA, so its recovery cannot be verified: patch it by hand."),
            // Issue 14: the ring's gate can only hold an apply that would otherwise run, never start one.
            _ when _options.Gate is { MayApply: false } gate => Hold(recorder, target, gate),
            _ => await ApplyAndVerifyAsync(context, target, context.Package, cancellationToken).ConfigureAwait(false),
        };
    }

    private RunConclusion Hold(RunRecorder recorder, FoundInstallation target, Rollout.RingGateDecision gate)
    {
        recorder.Add(RunActions.RingGate, _host.Time.GetUtcNow(), ActionResult.Skipped, gate.Reason);
        return new RunConclusion(HostOutcome.Held, $"{target.Assessment.Reason} Nothing was applied: {gate.Reason} The next scheduled run tries again.");
    }

    /// <summary>The installations as found, with where they stand at the end (looked at again when the run changed anything).</summary>
    private async Task<IReadOnlyList<ReportedInstallation>> AfterAsync(RunContext context, CancellationToken cancellationToken)
    {
        var changed = context.Recorder.FileChanges.Count > 0;
        var after = new Dictionary<string, (MtaInstallation Installation, ReportedVerdict Verdict)>(StringComparer.OrdinalIgnoreCase);
        if (changed)
        {
            try
            {
                var baseline = context.Package?.Manifest.Baseline ?? FixBaseline.Q248732;
                var probe = new MtaHealthProbe(_host, _options.Health);
                foreach (var installation in await MtaDiscovery.DiscoverAsync(_host, baseline.FixFiles, cancellationToken).ConfigureAwait(false))
                {
                    var assessment = FixAssessor.Assess(installation, baseline);
                    var health = await probe.ProbeAsync(installation, cancellationToken).ConfigureAwait(false);
                    after[installation.InstallRoot] = (installation, Verdict(assessment, health));
                }
            }
            catch (Exception e) when (HotfixApplier.IsOperational(e) && e is not OperationCanceledException)
            {
                // The report still says what was found and done; "after" stays unknown.
            }
        }

        return [.. context.Found.Select(f => new ReportedInstallation(
            f.Installation.ServiceName,
            f.Installation.InstallRoot,
            Files(f.Installation),
            Verdict(f.Assessment, f.Health),
            after.TryGetValue(f.Installation.InstallRoot, out var a) ? Files(a.Installation) : null,
            after.TryGetValue(f.Installation.InstallRoot, out var b) ? b.Verdict : null))];
    }

    private static ReportedVerdict Verdict(FixAssessment assessment, MtaHealth health) =>
        new(health.ObservedAt, assessment.Verdict, health.Verdict, $"{assessment.Reason} {health.Reason}");

    private List<ReportedFile> Files(MtaInstallation installation) =>
        [.. installation.Files.Select(f => new ReportedFile(f.Name, f.HostPath, f.Version, FileHash.Of(_host.Files.ToLocalPath(f.HostPath))))];

    /// <summary>The engine (X400OM.DLL) the MTA runs at the end of the run: after the patch when there was one.</summary>
    private static string? EngineVersion(IEnumerable<ReportedInstallation> installations) =>
        installations
            .Select(i => (i.FilesAfter ?? i.Files).FirstOrDefault(f => f.Name.Equals(MtaFiles.X400om, StringComparison.OrdinalIgnoreCase))?.Version?.ToString())
            .FirstOrDefault(v => v is not null);

    private static List<RestartAttempt> RestartAttempts(IReadOnlyList<ServiceOutcome> outcomes)
    {
        var attempts = new List<RestartAttempt>();
        foreach (var outcome in outcomes.Where(o => o.Action == "start"))
        {
            var starts = outcome.Attempts.Where(a => a.Action == "start").ToList();
            for (var i = 0; i < starts.Count; i++)
            {
                var a = starts[i];
                var result = a.Result switch
                {
                    ServiceAttemptResults.Running => RestartResult.Running,
                    ServiceAttemptResults.TimedOut => RestartResult.TimedOut,
                    _ when i == starts.Count - 1 && outcome.Verdict == ServiceVerdicts.CircuitOpen => RestartResult.CircuitOpen,
                    _ => RestartResult.Failed,
                };
                attempts.Add(new RestartAttempt(outcome.Name, a.Number, a.StartedAt, result, result == RestartResult.Running || a.Win32Code == 0 ? null : a.Win32Code));
            }
        }

        return attempts;
    }
}
