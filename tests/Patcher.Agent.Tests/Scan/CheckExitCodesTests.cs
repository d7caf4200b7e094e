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
    [InlineData(FixVerdict.Vulnerable, HealthVerdict.Healthy, 11)]
    [InlineData(FixVerdict.Vulnerable, HealthVerdict.Hung, 11)]
    [InlineData(FixVerdict.HalfPatched, HealthVerdict.StoppedWith1067, 15)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.Hung, 16)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.StoppedWith1067, 16)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.Stopped, 16)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.NotInstalled, 16)]
    [InlineData(FixVerdict.Unknown, HealthVerdict.Healthy, 13)]
    [InlineData(FixVerdict.MeetsBaseline, HealthVerdict.Unknown, 13)]
    [InlineData(FixVerdict.Unknown, HealthVerdict.Hung, 16)]
    public void For_VerdictAndHealth_WorseWins(FixVerdict fix, HealthVerdict health, int expected) =>
        Assert.Equal(expected, CheckExitCodes.For(fix, health));

    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 0, 0 }, 0)]
    [InlineData(new[] { 13, 16, 0 }, 16)]
    [InlineData(new[] { 16, 15, 13 }, 15)]
    [InlineData(new[] { 15, 11, 16 }, 11)]
    [InlineData(new[] { 11, 2 }, 2)]
    public void Worst_OverInstallations_FollowsDocumentedOrder(int[] codes, int expected) =>
        Assert.Equal(expected, CheckExitCodes.Worst(codes));

    [Theory]
    [InlineData(0, "ok")]
    [InlineData(11, "vulnerable")]
    [InlineData(15, "half-patched")]
    [InlineData(16, "unhealthy")]
    [InlineData(13, "indeterminate")]
    public void Name_EveryCheckCode_IsStable(int code, string name) => Assert.Equal(name, CheckExitCodes.Name(code));
}
