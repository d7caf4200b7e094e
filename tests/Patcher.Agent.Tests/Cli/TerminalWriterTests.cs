using Patcher.Agent.Cli;

namespace Patcher.Agent.Tests.Cli;

public sealed class TerminalWriterTests
{
    [Theory]
    [InlineData("EXCH01", "EXCH01")]
    [InlineData("EXCH\u001b[2J01", "EXCH\\x1b[2J01")]           // clear the screen
    [InlineData("ok\u001b]0;owned\u0007", "ok\\x1b]0;owned\\x07")] // set the window title
    [InlineData("a\u009bb", "a\\x9bb")]                          // C1 CSI
    [InlineData("tab\tand\nline", "tab\tand\nline")]
    [InlineData("del\u007f", "del\\x7f")]
    public void Clean_ControlCharacters_MadeVisible(string text, string expected) =>
        Assert.Equal(expected, TerminalWriter.Clean(text));

    [Fact]
    public void Report_HostNameWithAnEscapeSequence_ReachesTheTerminalHarmless()
    {
        var folder = Directory.CreateTempSubdirectory("patcher-term-").FullName;
        try
        {
            var host = Fleet.FleetFolder.Host("EXCH\u001b[31m01", Patcher.Core.Reporting.HostOutcome.Failed, Fleet.FleetFolder.Day, "reason \u001b[2J here");
            File.WriteAllBytes(Path.Combine(folder, "h.json"), Patcher.Core.Reporting.HostReportJson.Serialize(host));

            var run = CliRun.Of("report", folder);

            Assert.DoesNotContain('\u001b', run.Out);
            Assert.DoesNotContain('\u001b', run.Error);
            Assert.Contains("EXCH\\x1b[31m01", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
