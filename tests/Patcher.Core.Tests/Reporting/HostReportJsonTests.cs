using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Patcher.Core.Reporting;

namespace Patcher.Core.Tests.Reporting;

public sealed class HostReportJsonTests
{
    [Fact]
    public void Deserialize_SerializedReport_ReadsBackTheSameReport()
    {
        var report = SampleHostReports.PatchedRecovered();
        var json = HostReportJson.Serialize(report);

        var read = HostReportJson.Deserialize(json);

        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(HostReportJson.Serialize(read)));
        Assert.Equal(report.Installations[0].FilesAfter![1].Version, read.Installations[0].FilesAfter![1].Version);
        Assert.Equal(report.RestartAttempts[0], read.RestartAttempts[0]);
        Assert.Equal(report.Verifications[0].Checks[4], read.Verifications[0].Checks[4]);
        Assert.Equal(report.FinishedAt, read.FinishedAt);
    }

    [Fact]
    public void Serialize_MinimalReport_OmitsNullsAndRoundTrips()
    {
        var report = SampleHostReports.Minimal("EXCH09", HostOutcome.NoMta, SampleHostReports.Started);

        var json = Encoding.UTF8.GetString(HostReportJson.Serialize(report));

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"package\"", json, StringComparison.Ordinal);
        Assert.Equal(HostOutcome.NoMta, HostReportJson.Deserialize(Encoding.UTF8.GetBytes(json)).Outcome);
    }

    /// <summary>The schema is a contract: a change here is a schema change (README first, then this file).</summary>
    [Fact]
    public void Serialize_FullReport_MatchesTheGoldenDocument()
    {
        var actual = Encoding.UTF8.GetString(HostReportJson.Serialize(SampleHostReports.PatchedRecovered()));

        var golden = File.ReadAllText(Beside("HostReport.golden.json"));

        Assert.Equal(Normalize(golden), Normalize(actual));
    }

    [Fact]
    public void Serialize_FullReport_HasTheDocumentedTopLevelFieldsInOrder()
    {
        var root = JsonNode.Parse(HostReportJson.Serialize(SampleHostReports.PatchedRecovered()))!.AsObject();

        Assert.Equal(
            ["schemaVersion", "host", "agentVersion", "engineVersion", "runId", "mode", "startedAt", "finishedAt", "package", "installations",
             "actions", "fileChanges", "restartAttempts", "verifications", "outcome", "outcomeReason"],
            root.Select(p => p.Key));
    }

    [Theory]
    [InlineData("not json", HostReportFormatException.Invalid)]
    [InlineData("[]", HostReportFormatException.Invalid)]
    [InlineData("""{"schemaVersion": 2}""", HostReportFormatException.UnsupportedSchema)]
    // The readers fuzz target: a schemaVersion that is a string threw InvalidOperationException (and stopped `report`).
    [InlineData("""{"schemaVersion": "5.5.2651.63"}""", HostReportFormatException.Invalid)]
    [InlineData("""{"schemaVersion": null}""", HostReportFormatException.Invalid)]
    [InlineData("""{"schemaVersion": 1, "host": "X"}""", HostReportFormatException.Invalid)]
    public void Deserialize_NotAReport_ThrowsWithCode(string json, string code)
    {
        var exception = Assert.Throws<HostReportFormatException>(() => HostReportJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(code, exception.Code);
    }

    [Theory]
    [InlineData("outcome", "\"patched\"", HostReportFormatException.Invalid)]
    [InlineData("mode", "\"Apply\"", HostReportFormatException.Invalid)]
    [InlineData("host", "null", HostReportFormatException.Invalid)]
    [InlineData("runId", "\"../../etc\"", HostReportFormatException.InvalidValue)]
    [InlineData("finishedAt", "\"1999-12-31T00:00:00+00:00\"", HostReportFormatException.InvalidValue)]
    public void Deserialize_FieldOutOfDomain_ThrowsWithCode(string field, string value, string code)
    {
        var document = JsonNode.Parse(HostReportJson.Serialize(SampleHostReports.PatchedRecovered()))!.AsObject();
        document[field] = JsonNode.Parse(value);

        var exception = Assert.Throws<HostReportFormatException>(() => HostReportJson.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString())));

        Assert.Equal(code, exception.Code);
    }

    [Fact]
    public void Deserialize_UnknownFieldFromANewerAgent_IsIgnored()
    {
        var document = JsonNode.Parse(HostReportJson.Serialize(SampleHostReports.PatchedRecovered()))!.AsObject();
        document["addedLater"] = 42;

        Assert.Equal("EXCH01", HostReportJson.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString())).Host);
    }

    [Fact]
    public void Serialize_BadRunId_Throws() =>
        Assert.Equal(
            HostReportFormatException.InvalidValue,
            Assert.Throws<HostReportFormatException>(() => HostReportJson.Serialize(SampleHostReports.PatchedRecovered(runId: "a/b"))).Code);

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    private static string Beside(string name, [CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, name);
}
