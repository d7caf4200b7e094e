using Patcher.Core.Reporting;

namespace Patcher.Core.Tests.Reporting;

public sealed class HostOutcomeNamesTests
{
    [Fact]
    public void ToName_EveryOutcome_HasItsDocumentedName()
    {
        var names = Enum.GetValues<HostOutcome>().Select(o => o.ToName()).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["compliant", "error", "failed", "held", "no-mta", "not-applicable", "patched-not-verified", "patched-recovered", "rolled-back", "vulnerable"],
            names);
    }

    [Fact]
    public void WorstFirst_HoldsEveryOutcomeOnceInTheDocumentedOrder()
    {
        Assert.Equal(
            ["failed", "error", "rolled-back", "vulnerable", "held", "patched-not-verified", "patched-recovered", "compliant", "not-applicable", "no-mta"],
            HostOutcomeNames.WorstFirst.Select(o => o.ToName()));
    }

    [Theory]
    [InlineData(HostOutcome.Failed, 9)]
    [InlineData(HostOutcome.Error, 8)]
    [InlineData(HostOutcome.Held, 5)]
    [InlineData(HostOutcome.NoMta, 0)]
    public void Severity_Outcome_IsItsRankFromTheBottom(HostOutcome outcome, int severity) =>
        Assert.Equal(severity, outcome.Severity());

    [Fact]
    public void Worst_MixedOutcomes_ReturnsTheMostSevere() =>
        Assert.Equal(HostOutcome.RolledBack, HostOutcomeNames.Worst([HostOutcome.Compliant, HostOutcome.RolledBack, HostOutcome.Vulnerable, HostOutcome.NoMta]));

    [Fact]
    public void Worst_None_IsNull() => Assert.Null(HostOutcomeNames.Worst([]));

    [Theory]
    [InlineData(HostOutcome.PatchedNotVerified, true)]
    [InlineData(HostOutcome.Vulnerable, true)]
    [InlineData(HostOutcome.Held, true)]
    [InlineData(HostOutcome.PatchedRecovered, false)]
    [InlineData(HostOutcome.NoMta, false)]
    public void NeedsAttention_Outcome_IsAsDocumented(HostOutcome outcome, bool needs) => Assert.Equal(needs, outcome.NeedsAttention());

    [Fact]
    public void TryParse_EveryName_ReadsBack()
    {
        foreach (var outcome in Enum.GetValues<HostOutcome>())
        {
            Assert.True(HostOutcomeNames.TryParse(outcome.ToName(), out var parsed));
            Assert.Equal(outcome, parsed);
        }

        Assert.False(HostOutcomeNames.TryParse("PatchedRecovered", out _));
    }
}
