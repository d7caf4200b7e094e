using Patcher.Agent.Scan;
using Patcher.Core.Assessment;
using Patcher.Core.Health;

namespace Patcher.Agent.Tests.Scan;

public sealed class CheckExitCodesTests
{
    [Theory]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.Healthy, 0)]
    [InlineData(FixVerdict.FixedByHotfix, HealthVerdict.Healthy, 0)]
    [InlineData(FixVerdict.NotApplicable, HealthVerdict.Healthy, 0)]
    [InlineData(FixVerdict.Vulnerable, HealthVerdict.Healthy, 10)]
    [InlineData(FixVerdict.Vulnerable, HealthVerdict.Hung, 10)]
    [InlineData(FixVerdict.HalfPatched, HealthVerdict.StoppedWith1067, 11)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.Hung, 12)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.StoppedWith1067, 12)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.Stopped, 12)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.NotInstalled, 12)]
    [InlineData(FixVerdict.Unknown, HealthVerdict.Healthy, 13)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.Unknown, 13)]
    [InlineData(FixVerdict.Unknown, HealthVerdict.Hung, 12)]
    public void For_VerdictAndHealth_WorseWins(FixVerdict fix, HealthVerdict health, int expected) =>
        Assert.Equal(expected, CheckExitCodes.For(fix, health));

    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 0, 0 }, 0)]
    [InlineData(new[] { 13, 12, 0 }, 12)]
    [InlineData(new[] { 12, 11, 13 }, 11)]
    [InlineData(new[] { 11, 10, 12 }, 10)]
    [InlineData(new[] { 10, 2 }, 2)]
    public void Worst_OverInstallations_FollowsDocumentedOrder(int[] codes, int expected) =>
        Assert.Equal(expected, CheckExitCodes.Worst(codes));

    [Theory]
    [InlineData(0, "ok")]
    [InlineData(10, "vulnerable")]
    [InlineData(11, "half-patched")]
    [InlineData(12, "unhealthy")]
    [InlineData(13, "indeterminate")]
    public void Name_EveryCheckCode_IsStable(int code, string name) => Assert.Equal(name, CheckExitCodes.Name(code));
}
