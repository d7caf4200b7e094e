using System.Diagnostics;
using Patcher.Agent.Tests.Cli;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Tests.Fleet;

/// <summary>
/// The HTML report as a browser shows it: Debian's headless Chromium renders the file and dumps the DOM it built. CI
/// installs chromium (scripts/install-test-deps.sh), so a missing browser fails this test rather than skipping it.
/// </summary>
public sealed class FleetHtmlBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Render_MixedFleet_ShowsTheCountsTheHostsAndTheChart()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (bash scripts/install-test-deps.sh).");
        using var folder = FleetFolder.Mixed();
        var html = Path.Combine(folder.Path, "out", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(html)!);
        Assert.Equal(14, CliRun.Of("report", folder.Path, "--html", html).ExitCode);

        var dom = await DumpDomAsync(html, folder.Path);

        Assert.Contains("<title>Patcher fleet report — KB Q248732</title>", dom, StringComparison.Ordinal);
        Assert.Contains("<li class=\"count\" data-outcome=\"failed\" style=\"border-top-color:#b3261e\"><span class=\"n\">1</span><span class=\"label\">failed</span></li>", dom, StringComparison.Ordinal);
        Assert.Contains("<li class=\"count zero\" data-outcome=\"error\" style=\"border-top-color:#7b1fa2\"><span class=\"n\">0</span>", dom, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"outcome-chart\"", dom, StringComparison.Ordinal);
        Assert.Contains("<g class=\"bar\" data-outcome=\"patched-recovered\" data-count=\"1\">", dom, StringComparison.Ordinal);
        Assert.Contains(">33.3%</text>", dom, StringComparison.Ordinal);
        Assert.Contains("<h2>Needs attention (4)</h2>", dom, StringComparison.Ordinal);
        Assert.Contains("<li data-host=\"EXCH03\"><a href=\"hosts/host-EXCH03.html\"><strong>EXCH03</strong></a>", dom, StringComparison.Ordinal);
        for (var i = 1; i <= 8; i++)
        {
            Assert.Contains($"<tr data-host=\"EXCH0{i}\"", dom, StringComparison.Ordinal); // the script built the table
        }

        // The parser closed nothing the writer left open: what rendered is still a well-formed tree of the same sections.
        Assert.Null(HtmlTags.FirstProblem(dom));
        Assert.Contains("<section id=\"hosts\">", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TenThousandHostsFilteredByTheFragment_ShowsOnlyThoseRows()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (bash scripts/install-test-deps.sh).");
        using var folder = new FleetFolder();
        HostOutcome[] outcomes = [HostOutcome.PatchedRecovered, HostOutcome.Compliant, HostOutcome.Failed, HostOutcome.RolledBack, HostOutcome.Vulnerable, HostOutcome.NoMta, HostOutcome.PatchedRecovered];
        for (var i = 0; i < 10_000; i++)
        {
            var outcome = outcomes[i % outcomes.Length];
            folder.Add(FleetFolder.Host($"EXCH{i:D5}", outcome, FleetFolder.Day.AddSeconds(i), $"reason {i % 13}", patched: outcome is not (HostOutcome.Compliant or HostOutcome.Vulnerable or HostOutcome.NoMta)));
        }

        var output = Path.Combine(folder.Path, "out");
        Assert.Equal(14, CliRun.Of("report", folder.Path, "--out", output).ExitCode);
        var html = Path.Combine(output, "report.html");
        Assert.True(new FileInfo(html).Length < 2 * 1024 * 1024, $"report.html is {new FileInfo(html).Length} bytes");
        Assert.Equal(10_000, Directory.GetFiles(Path.Combine(output, "hosts")).Length);

        var dom = await DumpDomAsync(new Uri(html).AbsoluteUri + "#outcome=failed&q=EXCH0", folder.Path);

        var rows = System.Text.RegularExpressions.Regex.Matches(dom, "<tr data-host=\"(EXCH\\d+)\" data-outcome=\"([a-z-]+)\">").Select(m => (Host: m.Groups[1].Value, Outcome: m.Groups[2].Value)).ToArray();
        var expected = Enumerable.Range(0, 10_000).Where(i => outcomes[i % outcomes.Length] == HostOutcome.Failed).Select(i => $"EXCH{i:D5}").Where(h => h.StartsWith("EXCH0", StringComparison.Ordinal)).ToArray();
        Assert.Equal(expected.Length, rows.Length);
        Assert.All(rows, r => Assert.Equal("failed", r.Outcome));
        Assert.Contains($"<span id=\"shown\" class=\"muted\">{expected.Length} of 10000 hosts shown</span>", dom, StringComparison.Ordinal);
    }

    private static async Task<string> DumpDomAsync(string html, string scratch)
    {
        var profile = Directory.CreateDirectory(Path.Combine(scratch, "chromium-profile")).FullName;
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={profile}", "--dump-dom",
            html.Contains("://", StringComparison.Ordinal) ? html : new Uri(html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var dom = await output;
        Assert.True(process.ExitCode == 0 && dom.Length > 0, $"chromium exited {process.ExitCode}: {await error}");
        return dom;
    }
}
