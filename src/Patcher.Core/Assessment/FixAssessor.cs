using Patcher.Core.Discovery;
using Patcher.Core.Exchange;
using Patcher.Core.Versioning;

namespace Patcher.Core.Assessment;

/// <summary>
/// Judges an installation against a <see cref="FixBaseline"/> from its files' own version resources only; registry
/// builds are shown beside them but never decide (KB Q278518: hotfixes don't update NewestBuild).
/// </summary>
public static class FixAssessor
{
    /// <summary>The verdict for <paramref name="installation"/>, with the evidence behind it.</summary>
    public static FixAssessment Assess(MtaInstallation installation, FixBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(baseline);
        var fixFiles = baseline.FixFiles
            .Select(name => installation.FindFile(name) ?? Unlooked(installation, name))
            .ToList();
        var deciding = fixFiles.Select(file => FileEvidence(file, Classify(file, baseline))).ToList();
        var (verdict, reason) = Decide(deciding, baseline);

        var evidence = new List<VersionEvidence>(deciding);
        evidence.AddRange(installation.Files
            .Where(file => !baseline.FixFiles.Contains(file.Name, StringComparer.OrdinalIgnoreCase))
            .Select(file => FileEvidence(file, null)));
        if (installation.NewestBuild is { } build)
        {
            evidence.Add(new VersionEvidence(
                ExchangeRegistry.NewestBuildValue,
                ExchangeRegistry.SetupKey,
                EvidenceSource.Registry,
                build.ToString(System.Globalization.CultureInfo.InvariantCulture),
                null,
                "Shown for comparison only: hotfixes do not update it (KB Q278518)."));
        }

        return new FixAssessment(installation, baseline, verdict, reason, evidence, installation.Disagreements);
    }

    /// <summary>Where one fix file alone stands.</summary>
    internal static FixVerdict Classify(MtaFileEvidence file, FixBaseline baseline) => file.Version switch
    {
        null => FixVerdict.Unknown,
        { } v when !baseline.AppliesToVersion(v) => FixVerdict.NotApplicable,
        { } v when v < baseline.HotfixMinimum => FixVerdict.Vulnerable,
        { } v when v < baseline.Baseline => FixVerdict.FixedByHotfix,
        _ => FixVerdict.MeetsBaseline,
    };

    private static (FixVerdict Verdict, string Reason) Decide(List<VersionEvidence> files, FixBaseline baseline)
    {
        var applicable = files.Where(f => f.Classification is FixVerdict.Vulnerable or FixVerdict.FixedByHotfix or FixVerdict.MeetsBaseline).ToList();
        var foreign = files.Where(f => f.Classification == FixVerdict.NotApplicable).ToList();
        var unknown = files.Where(f => f.Classification == FixVerdict.Unknown).ToList();
        var vulnerable = applicable.Where(f => f.Classification == FixVerdict.Vulnerable).ToList();
        var fixedFiles = applicable.Where(f => f.Classification != FixVerdict.Vulnerable).ToList();

        if (foreign.Count > 0 && applicable.Count == 0)
        {
            return (FixVerdict.NotApplicable, $"{List(foreign)} {Is(foreign)} not {baseline.Product} {baseline.AppliesTo}: {baseline.KbArticle} does not apply.");
        }

        if (unknown.Count > 0)
        {
            return (FixVerdict.Unknown, $"Cannot tell: {string.Join("; ", unknown.Select(f => f.Problem))}");
        }

        if (foreign.Count > 0)
        {
            return (FixVerdict.Unknown, $"The fix files belong to different products: {List(applicable)} against {List(foreign)}.");
        }

        if (fixedFiles.Count == 0)
        {
            return (FixVerdict.Vulnerable, $"{List(vulnerable)} {Is(vulnerable)} below the {baseline.KbArticle} hotfix {baseline.HotfixMinimum}: the defect is present.");
        }

        if (vulnerable.Count > 0)
        {
            return (FixVerdict.HalfPatched, $"The fix files disagree: {List(fixedFiles)} {Has(fixedFiles)} the fix; {List(vulnerable)} {Is(vulnerable)} below {baseline.HotfixMinimum}.");
        }

        return fixedFiles.TrueForAll(f => f.Classification == FixVerdict.MeetsBaseline)
            ? (FixVerdict.MeetsBaseline, $"{List(fixedFiles)} {Is(fixedFiles)} at or above the baseline {baseline.Baseline}.")
            : (FixVerdict.FixedByHotfix, $"{List(fixedFiles)} {Is(fixedFiles)} at or above the {baseline.KbArticle} hotfix {baseline.HotfixMinimum}, below the baseline {baseline.Baseline}.");
    }

    private static VersionEvidence FileEvidence(MtaFileEvidence file, FixVerdict? classification) =>
        new(file.Name, file.HostPath, EvidenceSource.FileVersionResource, file.Version?.ToString(), classification, file.Error);

    private static MtaFileEvidence Unlooked(MtaInstallation installation, string name)
    {
        var bin = HostPath.Parent(installation.ImagePath) ?? installation.InstallRoot;
        var path = HostPath.Combine(bin, name);
        return new MtaFileEvidence(name, path, FileEvidenceStatus.Missing, (FileVersion?)null, Error: $"{path} was not examined by discovery.");
    }

    private static string List(List<VersionEvidence> files) => string.Join(" and ", files.Select(f => $"{f.Item} {f.Value}"));

    private static string Is(List<VersionEvidence> files) => files.Count == 1 ? "is" : "are";

    private static string Has(List<VersionEvidence> files) => files.Count == 1 ? "has" : "have";
}
