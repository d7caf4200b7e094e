using System.Text.Json.Nodes;
using Patcher.Agent.Fleet;
using Patcher.Agent.Tests.Cli;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Tests.Fleet;

/// <summary>
/// <c>report --out</c> twice over a share: each report is read once, and with the index a second report reads no unchanged
/// file and rewrites no page whose inputs are unchanged, but rewrites every page that changed or went.
/// </summary>
public sealed class HostPagesTests : IDisposable
{
    private readonly FleetFolder _share = FleetFolder.Mixed();
    private readonly string _out = Directory.CreateTempSubdirectory("patcher-pages-").FullName;

    public void Dispose()
    {
        _share.Dispose();
        Directory.Delete(_out, recursive: true);
    }

    private string Pages => Path.Combine(_out, HostPageName.Folder);

    private string JsonText => File.ReadAllText(Path.Combine(_out, "report.json"));

    [Fact]
    public void Report_Twice_UnchangedShare_ReadsNoReportAndRewritesNoPage()
    {
        var first = Report();
        var json = JsonText;
        var pages = PageStates();
        // Every report now holds as many bytes of garbage, its time kept: read again, each would be a problem.
        foreach (var file in Directory.GetFiles(_share.Path, "*.json"))
        {
            Garble(file);
        }

        var second = Report();

        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Empty(second.Error);
        Assert.Contains("(8 host pages, 0 written, 8 unchanged)", second.Out, StringComparison.Ordinal);
        Assert.Equal(pages, PageStates());
        Assert.Equal(json, JsonText);
    }

    [Fact]
    public void Report_ChangedReport_RewritesItsPageOnly()
    {
        Report();
        var pages = PageStates();
        var changed = Path.Combine(_share.Path, HostReportFileName.For(FleetFolder.Host("EXCH02", HostOutcome.Compliant, FleetFolder.Day.AddMinutes(1), "x")));
        File.WriteAllBytes(changed, HostReportJson.Serialize(FleetFolder.Host("EXCH02", HostOutcome.Compliant, FleetFolder.Day.AddMinutes(1), "Checked again: still SP4.")));
        File.SetLastWriteTimeUtc(changed, File.GetLastWriteTimeUtc(changed).AddMinutes(1));

        var run = Report();

        Assert.Contains("(8 host pages, 1 written, 7 unchanged)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Checked again: still SP4.", File.ReadAllText(Path.Combine(Pages, "host-EXCH02.html")), StringComparison.Ordinal);
        Assert.Equal(pages.Where(p => p.Key != "host-EXCH02.html"), PageStates().Where(p => p.Key != "host-EXCH02.html"));
        Assert.Contains("Checked again: still SP4.", JsonText, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_DeletedOrEditedPage_IsWrittenAgainAsItWas()
    {
        Report();
        var deleted = Path.Combine(Pages, "host-EXCH03.html");
        var edited = Path.Combine(Pages, "host-EXCH04.html");
        var (deletedText, editedText) = (File.ReadAllText(deleted), File.ReadAllText(edited));
        File.Delete(deleted);
        File.AppendAllText(edited, "<!-- edited -->");

        var run = Report();

        Assert.Contains("(8 host pages, 2 written, 6 unchanged)", run.Out, StringComparison.Ordinal);
        Assert.Equal(deletedText, File.ReadAllText(deleted));
        Assert.Equal(editedText, File.ReadAllText(edited));
    }

    [Fact]
    public void Report_NewOlderRunOfAHost_RewritesItsPageWithTheNewestAsKeptNotReadAgain()
    {
        Report();
        var newest = Path.Combine(_share.Path, HostReportFileName.For(FleetFolder.Host("EXCH02", HostOutcome.Compliant, FleetFolder.Day.AddMinutes(1), "x")));
        Garble(newest);
        _share.Add(FleetFolder.Host("EXCH02", HostOutcome.Vulnerable, FleetFolder.Day.AddDays(-2), "An older scan, found late.") with { RunId = "late-scan" });

        var run = Report();

        Assert.Empty(run.Error);
        Assert.Contains("(8 host pages, 1 written, 7 unchanged)", run.Out, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(Pages, "host-EXCH02.html"));
        Assert.Contains("<h2>Runs (2)</h2>", page, StringComparison.Ordinal);
        Assert.Contains("data-run=\"late-scan\"", page, StringComparison.Ordinal);
        Assert.Contains("Already at SP4 5.5.2653.23 and healthy.</p>", page, StringComparison.Ordinal); // the newest in full, from the index
    }

    [Fact]
    public void Report_NewestGone_AnOlderRunReadAfterItBecomesTheNewestInFull()
    {
        // Read in name order: "aaa-newer" first, so "zzz-older" was never its host's newest and its views were not kept.
        _share.Add(FleetFolder.Host("EXCH09", HostOutcome.PatchedRecovered, FleetFolder.Day.AddHours(5), "The newer run.", patched: true) with { RunId = "aaa-newer" });
        _share.Add(FleetFolder.Host("EXCH09", HostOutcome.Vulnerable, FleetFolder.Day, "The older run.") with { RunId = "zzz-older" });
        Report();
        File.Delete(Path.Combine(_share.Path, "EXCH09-aaa-newer.json"));

        var run = Report();

        Assert.Empty(run.Error);
        var page = File.ReadAllText(Path.Combine(Pages, "host-EXCH09.html"));
        Assert.Contains("<h2>Runs (1)</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<p>The older run.</p>", page, StringComparison.Ordinal);
        var host = JsonNode.Parse(JsonText)!["hosts"]!.AsArray().Single(h => h!["host"]!.GetValue<string>() == "EXCH09")!;
        Assert.Equal("zzz-older", host["runId"]!.GetValue<string>());
    }

    [Fact]
    public void Report_Json_IsTheSameWithTheIndexWithoutItAndEachHostIsItsNewestReportReserialized()
    {
        Report();
        var first = JsonText;
        Report();
        var second = JsonText;
        var stdout = CliRun.Of("report", _share.Path, "--json").Out;

        Assert.Equal(first, second);
        Assert.Equal(first, stdout.TrimEnd('\n', '\r'));
        var hosts = JsonNode.Parse(first)!["hosts"]!.AsArray();
        Assert.Equal(8, hosts.Count);
        foreach (var host in hosts)
        {
            var file = Path.Combine(_share.Path, $"{host!["host"]!.GetValue<string>()}-{host["runId"]!.GetValue<string>()}.json");
            var expected = JsonNode.Parse(HostReportJson.Serialize(HostReportJson.Deserialize(File.ReadAllBytes(file))));
            Assert.True(JsonNode.DeepEquals(expected, host), $"{file} differs in report.json");
        }
    }

    private CliRun Report() => CliRun.Of("report", _share.Path, "--out", _out);

    /// <summary>Each page's name, content and time.</summary>
    private Dictionary<string, (string Text, DateTime Time)> PageStates() =>
        Directory.GetFiles(Pages).ToDictionary(f => Path.GetFileName(f), f => (File.ReadAllText(f), File.GetLastWriteTimeUtc(f)));

    /// <summary>Replaces the file with as many bytes that are no report, its time kept: the index's key does not change.</summary>
    private static void Garble(string file)
    {
        var info = new FileInfo(file);
        var (length, time) = (info.Length, info.LastWriteTimeUtc);
        File.WriteAllBytes(file, [.. Enumerable.Repeat((byte)'x', (int)length)]);
        File.SetLastWriteTimeUtc(file, time);
    }
}
