using Patcher.Agent.Scan;
using Patcher.Agent.Tests.Cli;

namespace Patcher.Agent.Tests.Scan;

public sealed class ScanCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("patcher-scan-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("scan")]
    [InlineData("check")]
    [InlineData("check", "--json")]
    public void Production_OffWindows_ExitsWith2SayingPatcherWorksOnTheWindowsServer(params string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // On Windows the local machine is the target.
        }

        var run = CliRun.Production(args);

        Assert.Equal(CheckExitCodes.Error, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("this is not Windows", run.Error, StringComparison.Ordinal);
        Assert.Contains("patcher-lab", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("check")]
    [InlineData("check", "--json")]
    public void LabTool_WithoutLab_ExitsWith2SayingLabIsRequired(params string[] args)
    {
        var run = CliRun.Lab(args);

        Assert.Equal(CheckExitCodes.Error, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("'--lab' is required", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("check")]
    public void Run_LabHostThatDoesNotExist_ExitsWith2(string command)
    {
        var run = CliRun.Lab(command, "--lab", Path.Combine(_folder, "nohost"));

        Assert.Equal(CheckExitCodes.Error, run.ExitCode);
        Assert.StartsWith($"patcher-lab {command}: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadHungAfter_ExitsWith2()
    {
        var run = CliRun.Lab("check", "--lab", Path.Combine(_folder, "h"), "--hung-after", "soon");

        Assert.Equal(CheckExitCodes.Error, run.ExitCode);
        Assert.Contains("--hung-after 'soon'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidBaselineFile_ExitsWith2WithCode()
    {
        var baseline = Path.Combine(_folder, "baseline.json");
        File.WriteAllText(baseline, """{"schemaVersion": 1, "kbArticle": "Q248732"}""");

        var run = CliRun.Lab("check", "--lab", Path.Combine(_folder, "h"), "--baseline", baseline);

        Assert.Equal(CheckExitCodes.Error, run.ExitCode);
        Assert.Contains("BL002", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("check")]
    public void LabHelp_DescribesOptions(string command)
    {
        var run = CliRun.Lab(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--lab", run.Out, StringComparison.Ordinal);
        Assert.Contains("--hung-after", run.Out, StringComparison.Ordinal);
        Assert.Contains("--json", run.Out, StringComparison.Ordinal);
    }
}
