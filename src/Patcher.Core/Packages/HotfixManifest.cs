using Patcher.Core.Assessment;

namespace Patcher.Core.Packages;

/// <summary>
/// What a hotfix package says of itself (schema version 2): the fix it carries as data, where it applies, every payload
/// file with its target, version and hash, the services to stop and start, and what verification must observe.
/// Read and written by <c>Patcher.Packaging.HotfixManifestJson</c>; format in <c>packaging/README.md</c>.
/// </summary>
/// <param name="SchemaVersion">The manifest format's version: 2 (1 had no machine per file and no <c>labOnly</c>).</param>
/// <param name="PackageId">The package id, e.g. <c>Patcher.Hotfix.Q248732</c>.</param>
/// <param name="PackageVersion">The package's version, e.g. <c>1.0.0</c>.</param>
/// <param name="Title">A line for operators.</param>
/// <param name="Baseline">The fix as data: KB, product, fix files, hotfix minimum and SP baseline.</param>
/// <param name="Applicability">Which installations the package may be applied to.</param>
/// <param name="Files">The payload: each file and where it goes.</param>
/// <param name="Services">The services to stop before the swap and start after it, in order.</param>
/// <param name="Verification">What recovery must show after the restart.</param>
public sealed record HotfixManifest(
    int SchemaVersion,
    string PackageId,
    string PackageVersion,
    string Title,
    FixBaseline Baseline,
    PackageApplicability Applicability,
    IReadOnlyList<PayloadFile> Files,
    ServicePlan Services,
    VerificationRequirements Verification)
{
    /// <summary>The schema version this agent reads and writes.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>
    /// Whether the package was built for the lab (a stand-in EMSMTA.EXE, our engine as X400OM.DLL): apply refuses it unless
    /// <c>ApplyOptions.AcceptLabOnlyPackages</c>, so it can never replace a production MTA.
    /// </summary>
    public bool LabOnly { get; init; }
}
