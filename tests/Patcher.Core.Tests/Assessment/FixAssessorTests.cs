using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Tests.Discovery;

namespace Patcher.Core.Tests.Assessment;

public sealed class FixAssessorTests
{
    /// <summary>Every EMSMTA.EXE build in DOMAIN.md's table (KB Q158530, Q163294, Q243604, Q251137, Q283238), both fix files at it.</summary>
    public static TheoryData<string, string, FixVerdict> DomainBuilds() => new()
    {
        { "RTM", "5.5.1960.3", FixVerdict.Vulnerable },
        { "SP1", "5.5.2232.18", FixVerdict.Vulnerable },
        { "SP2", "5.5.2448.1", FixVerdict.Vulnerable },
        { "SP3", "5.5.2650.24", FixVerdict.Vulnerable },
        { "just below the hotfix", "5.5.2651.68", FixVerdict.Vulnerable },
        { "Q248732 hotfix", "5.5.2651.69", FixVerdict.FixedByHotfix },
        { "rollup 2651.71", "5.5.2651.71", FixVerdict.FixedByHotfix },
        { "rollup 2651.92", "5.5.2651.92", FixVerdict.FixedByHotfix },
        { "rollup 2652.16", "5.5.2652.16", FixVerdict.FixedByHotfix },
        { "rollup 2652.44", "5.5.2652.44", FixVerdict.FixedByHotfix },
        { "rollup 2653.15", "5.5.2653.15", FixVerdict.FixedByHotfix },
        { "just below SP4", "5.5.2653.22", FixVerdict.FixedByHotfix },
        { "SP4", "5.5.2653.23", FixVerdict.MeetsBaseline },
        { "post-SP4 2654.39", "5.5.2654.39", FixVerdict.MeetsBaseline },
        { "post-SP4 2654.50", "5.5.2654.50", FixVerdict.MeetsBaseline },
        { "post-SP4 2654.89", "5.5.2654.89", FixVerdict.MeetsBaseline },
        { "post-SP4 2655.x", "5.5.2655.0", FixVerdict.MeetsBaseline },
        { "post-SP4 2655.x", "5.5.2655.37", FixVerdict.MeetsBaseline },
        { "post-SP4 2656.x", "5.5.2656.0", FixVerdict.MeetsBaseline },
        { "post-SP4 2656.x", "5.5.2656.81", FixVerdict.MeetsBaseline },
    };

    /// <summary>EMSMTA.EXE and X400OM.DLL at different versions.</summary>
    public static TheoryData<string, string, string, FixVerdict> MixedFiles() => new()
    {
        { "SP4 MTA, SP3 library", "5.5.2653.23", "5.5.2650.24", FixVerdict.HalfPatched },
        { "SP3 MTA, hotfixed library", "5.5.2650.24", "5.5.2651.69", FixVerdict.HalfPatched },
        { "hotfixed MTA, SP3 library", "5.5.2651.69", "5.5.2650.24", FixVerdict.HalfPatched },
        { "post-SP4 MTA, RTM library", "5.5.2656.81", "5.5.1960.3", FixVerdict.HalfPatched },
        { "SP4 MTA, hotfixed library", "5.5.2653.23", "5.5.2651.69", FixVerdict.FixedByHotfix },
        { "rollup MTA, post-SP4 library", "5.5.2652.44", "5.5.2654.39", FixVerdict.FixedByHotfix },
        { "SP4 MTA, post-SP4 library", "5.5.2653.23", "5.5.2654.89", FixVerdict.MeetsBaseline },
        { "SP2 MTA, SP3 library", "5.5.2448.1", "5.5.2650.24", FixVerdict.Vulnerable },
        { "Exchange 2000", "6.0.4417.5", "6.0.4417.5", FixVerdict.NotApplicable },
        { "Exchange 4.0", "4.0.996.1", "4.0.996.1", FixVerdict.NotApplicable },
        { "Exchange 5.0", "5.0.1457.7", "5.0.1457.7", FixVerdict.NotApplicable },
        { "Exchange 2000 MTA, library missing", "6.0.4417.5", Installations.Missing, FixVerdict.NotApplicable },
        { "5.5 MTA, Exchange 2000 library", "5.5.2650.24", "6.0.4417.5", FixVerdict.Unknown },
        { "library missing", "5.5.2650.24", Installations.Missing, FixVerdict.Unknown },
        { "MTA malformed", Installations.Malformed, "5.5.2653.23", FixVerdict.Unknown },
        { "both missing", Installations.Missing, Installations.Missing, FixVerdict.Unknown },
    };

    [Theory]
    [MemberData(nameof(DomainBuilds))]
    public void Assess_DomainBuild_GivesVerdict(string level, string version, FixVerdict expected)
    {
        var assessment = FixAssessor.Assess(Installations.With(version), FixBaseline.Q248732);

        Assert.True(expected == assessment.Verdict, $"{level} {version}: expected {expected}, got {assessment.Verdict} ({assessment.Reason})");
        Assert.All(assessment.Evidence.Where(e => e.Classification is not null), e => Assert.Equal(expected, e.Classification));
    }

    [Theory]
    [MemberData(nameof(MixedFiles))]
    public void Assess_FixFilesAtDifferentVersions_GivesVerdict(string caseName, string emsmta, string x400om, FixVerdict expected)
    {
        var assessment = FixAssessor.Assess(Installations.With(emsmta, x400om), FixBaseline.Q248732);

        Assert.True(expected == assessment.Verdict, $"{caseName}: expected {expected}, got {assessment.Verdict} ({assessment.Reason})");
    }

    [Fact]
    public void Assess_HalfPatched_ReasonNamesBothSides()
    {
        var assessment = FixAssessor.Assess(Installations.With("5.5.2653.23", "5.5.2650.24"), FixBaseline.Q248732);

        Assert.Equal(FixVerdict.HalfPatched, assessment.Verdict);
        Assert.Contains("EMSMTA.EXE 5.5.2653.23", assessment.Reason, StringComparison.Ordinal);
        Assert.Contains("X400OM.DLL 5.5.2650.24", assessment.Reason, StringComparison.Ordinal);
        Assert.Equal(FixVerdict.MeetsBaseline, assessment.Evidence.Single(e => e.Item == MtaFiles.Emsmta).Classification);
        Assert.Equal(FixVerdict.Vulnerable, assessment.Evidence.Single(e => e.Item == MtaFiles.X400om).Classification);
    }

    [Fact]
    public void Assess_UnreadableFile_ReasonCarriesTheError()
    {
        var assessment = FixAssessor.Assess(Installations.With(Installations.Malformed, "5.5.2653.23"), FixBaseline.Q248732);

        Assert.Contains("PE005", assessment.Reason, StringComparison.Ordinal);
        var emsmta = assessment.Evidence.Single(e => e.Item == MtaFiles.Emsmta);
        Assert.Null(emsmta.Value);
        Assert.Equal(FixVerdict.Unknown, emsmta.Classification);
    }

    [Fact]
    public void Assess_Evidence_ListsFixFilesThenOtherFilesThenRegistryBuild()
    {
        var assessment = FixAssessor.Assess(Installations.With("5.5.2651.69", newestBuild: 2650, mtamsg: "5.5.2650.24"), FixBaseline.Q248732);

        Assert.Equal(FixVerdict.FixedByHotfix, assessment.Verdict);
        Assert.Equal(["EMSMTA.EXE", "X400OM.DLL", "MTAMSG.DLL", "NewestBuild"], assessment.Evidence.Select(e => e.Item));
        Assert.Equal(
            [EvidenceSource.FileVersionResource, EvidenceSource.FileVersionResource, EvidenceSource.FileVersionResource, EvidenceSource.Registry],
            assessment.Evidence.Select(e => e.Source));
        Assert.Null(assessment.Evidence[2].Classification);
        var registry = assessment.Evidence[3];
        Assert.Equal("2650", registry.Value);
        Assert.Null(registry.Classification);
        Assert.Contains("Q278518", registry.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_BaselineFromData_DecidesOnItsOwnFiles()
    {
        // A baseline that names only EMSMTA.EXE: the library no longer decides.
        var baseline = new FixBaseline("Q999999", "Exchange 5.5 MTA", 5, 5, ["emsmta.exe"], new(5, 5, 2650, 0), new(5, 5, 2653, 23));

        var assessment = FixAssessor.Assess(Installations.With("5.5.2650.24", "5.5.1960.3"), baseline);

        Assert.Equal(FixVerdict.FixedByHotfix, assessment.Verdict);
        Assert.Contains("Q999999", assessment.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_BaselineFileNotDiscovered_IsUnknown()
    {
        var baseline = new FixBaseline("Q248732", "Exchange 5.5 MTA", 5, 5, ["EMSMTA.EXE", "X400OM.DLL", "EMS_RID.DLL"], new(5, 5, 2651, 69), new(5, 5, 2653, 23));

        var assessment = FixAssessor.Assess(Installations.With("5.5.2653.23"), baseline);

        Assert.Equal(FixVerdict.Unknown, assessment.Verdict);
        Assert.Contains("EMS_RID.DLL", assessment.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_DiscoveredHotfixedHost_FixedByHotfixWithRegistryDisagreementShown()
    {
        using var host = new FakeHost();
        host.InstallMta("5.5.2651.69", newestBuild: 2650);
        var installation = Assert.Single(await MtaDiscovery.DiscoverAsync(host.Platform));

        var assessment = FixAssessor.Assess(installation, FixBaseline.Q248732);

        Assert.Equal(FixVerdict.FixedByHotfix, assessment.Verdict);
        Assert.Equal(DisagreementKind.NewestBuildVsFiles, Assert.Single(assessment.Disagreements).Kind);
    }

    [Theory]
    [InlineData(FixVerdict.Vulnerable, "vulnerable", false)]
    [InlineData(FixVerdict.FixedByHotfix, "fixed-by-hotfix", true)]
    [InlineData(FixVerdict.MeetsBaseline, "meets-baseline", true)]
    [InlineData(FixVerdict.HalfPatched, "half-patched", false)]
    [InlineData(FixVerdict.NotApplicable, "not-applicable", false)]
    [InlineData(FixVerdict.Unknown, "unknown", false)]
    public void ToName_EveryVerdict_IsStableKebabCase(FixVerdict verdict, string name, bool carriesFix)
    {
        Assert.Equal(name, verdict.ToName());
        Assert.Equal(carriesFix, verdict.CarriesFix());
    }
}
