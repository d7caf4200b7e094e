using Patcher.Core.Versioning;

namespace Patcher.Core.Assessment;

/// <summary>
/// What a fix is, as data: the KB article, the product and version it applies to, the files that must carry it, the
/// first hotfix build that does, and the service-pack baseline. The hotfix package manifest carries one (JSON format in
/// <c>Assessment/README.md</c>); <see cref="Q248732"/> is the built-in definition until then.
/// </summary>
public sealed class FixBaseline
{
    /// <summary>Creates a baseline, validating it.</summary>
    /// <exception cref="FixBaselineException">A field is empty or the versions are inconsistent (<see cref="FixBaselineException.Inconsistent"/>).</exception>
    public FixBaseline(string kbArticle, string product, int appliesToMajor, int appliesToMinor, IReadOnlyList<string> fixFiles, FileVersion hotfixMinimum, FileVersion baseline)
    {
        ArgumentNullException.ThrowIfNull(fixFiles);
        KbArticle = Required(kbArticle, "kbArticle");
        Product = Required(product, "product");
        AppliesToMajor = appliesToMajor;
        AppliesToMinor = appliesToMinor;
        FixFiles = fixFiles.Select(f => Required(f, "fixFiles[]").ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        HotfixMinimum = hotfixMinimum;
        Baseline = baseline;
        Validate();
    }

    /// <summary>KB Q248732: Exchange 5.5 MTA, EMSMTA.EXE and X400OM.DLL, hotfix 5.5.2651.69, SP4 baseline 5.5.2653.23 (DOMAIN.md).</summary>
    public static FixBaseline Q248732 { get; } = new(
        "Q248732",
        "Exchange 5.5 MTA",
        5,
        5,
        ["EMSMTA.EXE", "X400OM.DLL"],
        new FileVersion(5, 5, 2651, 69),
        new FileVersion(5, 5, 2653, 23));

    /// <summary>The KB article, e.g. <c>Q248732</c>.</summary>
    public string KbArticle { get; }

    /// <summary>The product, e.g. <c>Exchange 5.5 MTA</c>.</summary>
    public string Product { get; }

    /// <summary>The major file version the fix applies to (5).</summary>
    public int AppliesToMajor { get; }

    /// <summary>The minor file version the fix applies to (5).</summary>
    public int AppliesToMinor { get; }

    /// <summary>The files that must all carry the fix, upper-case (<c>EMSMTA.EXE</c>, <c>X400OM.DLL</c>).</summary>
    public IReadOnlyList<string> FixFiles { get; }

    /// <summary>The first build that carries the fix (5.5.2651.69); below it a file is vulnerable.</summary>
    public FileVersion HotfixMinimum { get; }

    /// <summary>The service-pack baseline (5.5.2653.23, SP4); at or above it a file meets the baseline.</summary>
    public FileVersion Baseline { get; }

    /// <summary>The applicable version written <c>major.minor</c>, e.g. <c>5.5</c>.</summary>
    public string AppliesTo => $"{AppliesToMajor}.{AppliesToMinor}";

    /// <summary>Whether a file at <paramref name="version"/> is of the product version the fix applies to.</summary>
    public bool AppliesToVersion(FileVersion version) => version.Major == AppliesToMajor && version.Minor == AppliesToMinor;

    private void Validate()
    {
        if (FixFiles.Count == 0)
        {
            throw new FixBaselineException(FixBaselineException.Inconsistent, "'fixFiles' must name at least one file.");
        }

        if (!AppliesToVersion(HotfixMinimum) || !AppliesToVersion(Baseline))
        {
            throw new FixBaselineException(
                FixBaselineException.Inconsistent,
                $"'hotfixMinimum' {HotfixMinimum} and 'baseline' {Baseline} must both be versions of {AppliesTo} ('appliesTo').");
        }

        if (HotfixMinimum > Baseline)
        {
            throw new FixBaselineException(
                FixBaselineException.Inconsistent,
                $"'hotfixMinimum' {HotfixMinimum} is above 'baseline' {Baseline}; the first fixed build cannot come after the baseline.");
        }
    }

    private static string Required(string value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new FixBaselineException(FixBaselineException.MissingField, $"'{field}' must be a non-empty string.")
            : value.Trim();
}
