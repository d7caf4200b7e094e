using Patcher.Agent.Cli;
using System.Text.Json.Nodes;
using Patcher.Agent.Report;
using Patcher.Agent.Tests.Cli;
using Patcher.Agent.Tests.Fleet;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Tests.Report;

public sealed class ReportCommandTests
{
    [Fact]
    public void Run_MixedFleet_PrintsATableAndExitsWithTheWorstOutcome()
    {
        using var folder = FleetFolder.Mixed();

        var run = CliRun.Of("report", folder.Path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith("HOST ", run.Out, StringComparison.Ordinal);
        Assert.Contains("8 hosts: 1 failed, 1 rolled-back, 1 vulnerable, 1 patched-not-verified, 1 patched-recovered, 1 compliant, 1 not-applicable, 1 no-mta", run.Out, StringComparison.Ordinal);
        Assert.Contains("compliance 33.3% (2 of 6 hosts the fix applies to)", run.Out, StringComparison.Ordinal);
        Assert.Contains("needs attention: EXCH03 failed:", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData(new[] { HostOutcome.Compliant, HostOutcome.PatchedRecovered, HostOutcome.NotApplicable, HostOutcome.NoMta }, ExitCodes.Success)]
    [InlineData(new[] { HostOutcome.Compliant, HostOutcome.PatchedNotVerified }, ExitCodes.PatchedNotVerified)]
    [InlineData(new[] { HostOutcome.PatchedNotVerified, HostOutcome.Vulnerable }, ExitCodes.Vulnerable)]
    [InlineData(new[] { HostOutcome.Vulnerable, HostOutcome.RolledBack }, ExitCodes.RolledBack)]
    [InlineData(new[] { HostOutcome.RolledBack, HostOutcome.Error }, ExitCodes.Indeterminate)]
    [InlineData(new[] { HostOutcome.Error, HostOutcome.Failed, HostOutcome.Compliant }, ExitCodes.Failed)]
    public void Run_Fleet_ExitsWithTheWorstOutcomesCode(HostOutcome[] outcomes, int exitCode)
    {
        using var folder = new FleetFolder();
        for (var i = 0; i < outcomes.Length; i++)
        {
            folder.Add(FleetFolder.Host($"EXCH{i}", outcomes[i], FleetFolder.Day, "why"));
        }

        Assert.Equal(exitCode, CliRun.Of("report", folder.Path, "--json").ExitCode);
    }

    [Fact]
    public void Run_EmptyFolder_SaysSoAndExits3()
    {
        using var folder = new FleetFolder();

        var run = CliRun.Of("report", folder.Path);

        Assert.Equal(ExitCodes.NoReports, run.ExitCode);
        Assert.Contains("no host reports in", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidFileBesideFineHosts_ListsItAndExits13()
    {
        using var folder = new FleetFolder();
        folder.Add(FleetFolder.Host("EXCH01", HostOutcome.Compliant, FleetFolder.Day, "fine"));
        File.WriteAllText(Path.Combine(folder.Path, "EXCH02-torn.json"), "{\"schemaVersion\": 1, \"ho");

        var run = CliRun.Of("report", folder.Path);

        Assert.Equal(ExitCodes.Indeterminate, run.ExitCode);
        Assert.Contains("patcher report: skipped EXCH02-torn.json: RP001", run.Error, StringComparison.Ordinal);
        Assert.Contains("unreadable: EXCH02-torn.json", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFolder_Exits2()
    {
        var run = CliRun.Of("report", Path.Combine(Path.GetTempPath(), "patcher-no-such-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith("patcher report: cannot read ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoFolderArgument_Exits2() => Assert.Equal(ExitCodes.Error, CliRun.Of("report").ExitCode);

    [Fact]
    public void Run_HtmlIntoMissingFolder_Exits2()
    {
        using var folder = FleetFolder.Mixed();

        var run = CliRun.Of("report", folder.Path, "--html", Path.Combine(folder.Path, "no", "such", "report.html"));

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith("patcher report: cannot write", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Out_WritesHtmlCsvAndJsonAndSaysWhere()
    {
        using var folder = FleetFolder.Mixed();
        var output = Path.Combine(folder.Path, "out");

        var run = CliRun.Of("report", folder.Path, "--out", output);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(["report-index.sqlite", "report.csv", "report.html", "report.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"wrote {Path.Combine(output, "report.html")}", run.Out, StringComparison.Ordinal);
        Assert.Equal(14, JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!["summary"]!["exitCode"]!.GetValue<int>());
    }

    [Fact]
    public void Run_Json_PrintsSummaryNeedsAttentionAndFullHostReports()
    {
        using var folder = FleetFolder.Mixed();

        var run = CliRun.Of("report", folder.Path, "--json");

        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal(1, json["schemaVersion"]!.GetValue<int>());
        Assert.Equal(8, json["summary"]!["hosts"]!.GetValue<int>());
        Assert.Equal(9, json["summary"]!["reportsRead"]!.GetValue<int>());
        Assert.Equal(33.3, json["summary"]!["compliancePercent"]!.GetValue<double>());
        Assert.Equal("failed", json["summary"]!["worstOutcome"]!.GetValue<string>());
        Assert.Equal(1, json["summary"]!["counts"]!["rolled-back"]!.GetValue<int>());
        Assert.Equal(["EXCH03", "EXCH04", "EXCH05", "EXCH07"], json["needsAttention"]!.AsArray().Select(h => h!["host"]!.GetValue<string>()));
        var first = json["hosts"]!.AsArray()[0]!;
        Assert.Equal("patched-recovered", first["outcome"]!.GetValue<string>());
        Assert.Equal("5.5.2651.69", first["installations"]![0]!["filesAfter"]![0]!["version"]!.GetValue<string>());
    }
}
