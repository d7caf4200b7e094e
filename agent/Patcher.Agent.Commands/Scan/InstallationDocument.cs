namespace Patcher.Agent.Scan;

/// <summary>One MTA installation: where it is, its files, the registry values seen, disagreements, health, and (check) its verdict and exit code.</summary>
internal sealed record InstallationDocument(
    string? ServiceName,
    string? DisplayName,
    string ImagePath,
    string InstallRoot,
    string DatabasePath,
    string? RunDirectory,
    bool? CleanStopMarkerPresent,
    string? SetupRoot,
    int? NewestBuild,
    IReadOnlyList<string> DependOnService,
    IReadOnlyList<FileDocument> Files,
    IReadOnlyList<RegistryValueDocument> Registry,
    IReadOnlyList<DisagreementDocument> Disagreements,
    HealthDocument Health,
    AssessmentDocument? Assessment,
    int? ExitCode)
{
    /// <summary><c>check</c>: what the running MTA loaded, judged (<c>running-the-fix</c>); absent where nothing was read.</summary>
    public RunningTheFixDocument? RunningTheFix { get; init; }
}
