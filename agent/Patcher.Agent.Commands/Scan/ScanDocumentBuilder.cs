using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Health;
using Patcher.Core.Platform;

namespace Patcher.Agent.Scan;

/// <summary>Turns a survey into the JSON document, with the stable names Scan/README.md documents.</summary>
internal static class ScanDocumentBuilder
{
    public const int SchemaVersion = 1;

    public static ScanDocument Build(string command, ScanTarget target, IReadOnlyList<SurveyedInstallation> surveyed, FixBaseline? baseline, int? exitCode) => new(
        SchemaVersion,
        command,
        target.Platform.MachineName,
        target.Platform.Time.GetUtcNow(),
        target.Health.HungAfter.TotalSeconds,
        baseline is null ? null : Baseline(baseline),
        exitCode is { } code ? CheckExitCodes.Name(code) : null,
        exitCode,
        surveyed.Select(s => Installation(s, baseline is not null)).ToArray());

    private static BaselineDocument Baseline(FixBaseline b) => new(
        FixBaselineJson.SchemaVersion, b.KbArticle, b.Product, b.AppliesTo, b.FixFiles, b.HotfixMinimum.ToString(), b.Baseline.ToString());

    private static InstallationDocument Installation(SurveyedInstallation s, bool check)
    {
        var i = s.Installation;
        return new InstallationDocument(
            i.ServiceName,
            i.DisplayName,
            i.ImagePath,
            i.InstallRoot,
            i.DatabasePath,
            i.RunDirectory,
            i.CleanStopMarkerPresent,
            i.SetupRoot,
            i.NewestBuild,
            i.DependOnService,
            i.Files.Select(f => new FileDocument(f.Name, f.HostPath, f.Status.ToName(), f.Version?.ToString(), f.ProductName, f.ErrorCode, f.Error)).ToArray(),
            i.RegistryValues.Select(Registry).ToArray(),
            i.Disagreements.Select(d => new DisagreementDocument(d.Kind.ToName(), d.Message)).ToArray(),
            Health(s.Health),
            s.Assessment is { } a ? Assessment(a) : null,
            check ? CheckExitCodes.For(s.Assessment?.Verdict, s.Health.Verdict) : null)
        {
            RunningTheFix = s.RunningTheFix is { } r ? new RunningTheFixDocument(r.State.ToString().ToLowerInvariant(), r.Evidence) : null,
        };
    }

    private static RegistryValueDocument Registry(RegistryEvidence r) => new(
        r.KeyPath,
        r.ValueName,
        r.Value is not null,
        r.Value?.Kind switch
        {
            RegistryValueKind.Sz => "REG_SZ",
            RegistryValueKind.ExpandSz => "REG_EXPAND_SZ",
            RegistryValueKind.DWord => "REG_DWORD",
            RegistryValueKind.MultiSz => "REG_MULTI_SZ",
            _ => null,
        },
        r.Value?.Text,
        r.Value?.Number,
        r.Value?.Lines);

    private static HealthDocument Health(MtaHealth h) => new(
        h.Verdict.ToName(),
        h.Reason,
        h.Status is { } status ? StateName(status.State) : null,
        h.Status?.Win32ExitCode,
        h.Status?.ServiceSpecificExitCode,
        h.Status?.ProcessId,
        h.Queue is { } q ? new QueueDocument(q.QueueLength, q.Processed, q.Rejected, q.LastProgress) : null,
        h.SinceProgress?.TotalSeconds,
        h.HungAfter.TotalSeconds,
        h.ScmEvents.Select(e => new ScmEventDocument(e.EventId, e.Source, e.Level.ToString().ToLowerInvariant(), e.TimeGenerated, e.Message)).ToArray());

    private static AssessmentDocument Assessment(FixAssessment a) => new(
        a.Verdict.ToName(),
        a.Reason,
        a.Evidence.Select(e => new EvidenceDocument(
            e.Item,
            e.Location,
            e.Source == EvidenceSource.Registry ? "registry" : "file-version-resource",
            e.Value,
            e.Classification?.ToName(),
            e.Problem)).ToArray());

    /// <summary><c>running</c>, <c>stopped</c>, <c>start-pending</c>, <c>stop-pending</c>, <c>continue-pending</c>, <c>pause-pending</c>, <c>paused</c>.</summary>
    public static string StateName(ServiceState state) => state switch
    {
        ServiceState.Stopped => "stopped",
        ServiceState.StartPending => "start-pending",
        ServiceState.StopPending => "stop-pending",
        ServiceState.Running => "running",
        ServiceState.ContinuePending => "continue-pending",
        ServiceState.PausePending => "pause-pending",
        ServiceState.Paused => "paused",
        _ => "unknown",
    };
}
