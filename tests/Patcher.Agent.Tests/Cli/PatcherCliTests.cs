using Patcher.Agent.Cli;

namespace Patcher.Agent.Tests.Cli;

public sealed class PatcherCliTests
{
    [Fact]
    public void Run_Version_PrintsAgentAndEngineVersions()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        // The agent's own version: what this build was stamped with. The installer tests publish the same project at
        // another version (1.2.3) in the same run, so the number is matched as a version, not as 1.0.0.
        Assert.Matches(@"^patcher \d+\.\d+\.\d+", run.Out);
        Assert.Contains("engine Patcher.X411 1.0.0", run.Out, StringComparison.Ordinal);
        Assert.Contains("(assembly 1.0.0.0)", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("decode", "--help")]
    [InlineData("ndr", "--help")]
    public void Run_Help_PrintsUsageAndSucceeds(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no command")]
    [InlineData("unknown command", "frobnicate")]
    [InlineData("decode without FILE", "decode")]
    [InlineData("decode with an unknown option", "decode", "a.p1", "--xml")]
    [InlineData("ndr without -o", "ndr", "a.p1")]
    [InlineData("ndr with -o but no value", "ndr", "a.p1", "-o")]
    [InlineData("ndr with a domain without ADMD", "ndr", "a.p1", "-o", "a.ndr", "--reporting-domain", "c=US")]
    [InlineData("ndr with an unknown domain attribute", "ndr", "a.p1", "-o", "a.ndr", "--reporting-domain", "c=US;a= ;x=1")]
    [InlineData("ndr with an empty MTA name", "ndr", "a.p1", "-o", "a.ndr", "--reporting-mta", "")]
    [InlineData("ndr with a 33-character MTA name", "ndr", "a.p1", "-o", "a.ndr", "--reporting-mta", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")]
    public void Run_UsageError_ReturnsErrorAndPointsToHelp(string @case, params string[] args)
    {
        var run = CliRun.Production(args);

        Assert.True(run.ExitCode == ExitCodes.Error, @case);
        Assert.Contains("patcher --help", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }
}
