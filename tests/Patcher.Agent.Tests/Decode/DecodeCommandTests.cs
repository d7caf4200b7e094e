using Patcher.X411.Tests.Samples;
using System.Text.Json;
using Patcher.Agent.Cli;
using Patcher.Agent.Tests.Cli;
using Patcher.Agent.Tests.Samples;

namespace Patcher.Agent.Tests.Decode;

public sealed class DecodeCommandTests : IDisposable
{
    private const string PoisonPath = "message/envelope/trace-information[1]/domain-supplied-information/arrival-time";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Decode_ValidMessage_PrintsTreeAndSucceeds()
    {
        var file = _folder.Write("valid.p1", SampleApdus.Valid());

        var run = CliRun.Of("decode", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith($"VALID message: {file}", run.Out, StringComparison.Ordinal);
        Assert.Contains("    message-identifier: [c=US;a= ;p=Contoso;l=EXCH55-0001]", run.Out, StringComparison.Ordinal);
        Assert.Contains("    originator-name: c=US;a= ;p=Contoso;o=Sales;ou=HQ;s=Smith;g=John", run.Out, StringComparison.Ordinal);
        Assert.Contains("    trace-information (1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("        arrival-time: 1999-12-01 10:15:30 +00:00", run.Out, StringComparison.Ordinal);
        Assert.Contains("    per-recipient-fields (1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("      [1] c=GB;a=BT;p=Fabrikam;s=Jones", run.Out, StringComparison.Ordinal);
        Assert.Contains("    extensions: none", run.Out, StringComparison.Ordinal);
        Assert.Contains("  content: 18 bytes", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Decode_ValidReport_PrintsNonDeliveryDiagnostic()
    {
        var file = _folder.Write("report.p1", SampleApdus.Report());

        var run = CliRun.Of("decode", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("VALID report:", run.Out, StringComparison.Ordinal);
        Assert.Contains("subject-identifier: [c=US;a= ;p=Contoso;l=EXCH55-0001]", run.Out, StringComparison.Ordinal);
        Assert.Contains("non-delivery-diagnostic-code: invalid-arguments (11)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ValidProbe_PrintsProbeEnvelope()
    {
        var file = _folder.Write("probe.p1", SampleApdus.Probe());

        var run = CliRun.Of("decode", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("probe-identifier: [c=US;a= ;p=Contoso;l=PROBE-0001]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PoisonMessage_PrintsWhatWhereOffsetDiagnosticAndNdrHint()
    {
        var file = _folder.Write("poison.p1", SampleApdus.Poison());

        var run = CliRun.Of("decode", file);

        Assert.Equal(ExitCodes.Rejected, run.ExitCode);
        Assert.StartsWith($"REJECTED message: {file}", run.Out, StringComparison.Ordinal);
        Assert.Contains("what:       P1E009 EmptyTime:", run.Out, StringComparison.Ordinal);
        Assert.Contains($"where:      {PoisonPath}", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"offset:     \d+ \(0x[0-9A-F]+\)", run.Out);
        Assert.Contains("diagnostic: invalid-arguments (11)", run.Out, StringComparison.Ordinal);
        Assert.Contains($"patcher ndr {file} -o {_folder.Combine("poison.ndr")}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TruncatedMessage_SaysNoNdrCanBeAddressed()
    {
        var file = _folder.Write("truncated.p1", SampleApdus.Valid()[..^5]);

        var run = CliRun.Of("decode", file);

        Assert.Equal(ExitCodes.Rejected, run.ExitCode);
        Assert.Contains("P1E001", run.Out, StringComparison.Ordinal);
        Assert.Contains("no NDR: the message's structure is too broken", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_JsonValid_PrintsVerdictKindAndSummary()
    {
        var file = _folder.Write("valid.p1", SampleApdus.Valid());

        var run = CliRun.Of("decode", file, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(file, root.GetProperty("file").GetString());
        Assert.Equal(SampleApdus.Valid().Length, root.GetProperty("length").GetInt64());
        Assert.Equal("valid", root.GetProperty("verdict").GetString());
        Assert.Equal("message", root.GetProperty("kind").GetString());
        Assert.False(root.TryGetProperty("code", out _));
        var summary = root.GetProperty("summary");
        Assert.Equal("[c=US;a= ;p=Contoso;l=EXCH55-0001]", summary.GetProperty("identifier").GetString());
        Assert.Equal("c=US;a= ;p=Contoso;o=Sales;ou=HQ;s=Smith;g=John", summary.GetProperty("originator").GetString());
        Assert.Equal("22", summary.GetProperty("contentType").GetString());
        Assert.Equal(1, summary.GetProperty("recipientCount").GetInt32());
        Assert.Equal(1, summary.GetProperty("traceElementCount").GetInt32());
        var trace = Assert.Single(summary.GetProperty("trace").EnumerateArray().ToArray());
        Assert.Equal("c=US;a= ;p=Contoso", trace.GetProperty("domain").GetString());
        Assert.Equal(SampleApdus.Arrival, trace.GetProperty("arrivalTime").GetDateTimeOffset());
        Assert.Equal("relayed", trace.GetProperty("routingAction").GetString());
    }

    [Fact]
    public void Decode_JsonPoison_PrintsRejectionFields()
    {
        var file = _folder.Write("poison.p1", SampleApdus.Poison());

        var run = CliRun.Of("decode", "--json", file);

        Assert.Equal(ExitCodes.Rejected, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("rejected", root.GetProperty("verdict").GetString());
        Assert.Equal("message", root.GetProperty("kind").GetString());
        Assert.Equal("P1E009", root.GetProperty("code").GetString());
        Assert.Equal("EmptyTime", root.GetProperty("fault").GetString());
        Assert.Equal(11, root.GetProperty("diagnostic").GetInt32());
        Assert.Equal("invalid-arguments", root.GetProperty("diagnosticName").GetString());
        Assert.Equal(PoisonPath, root.GetProperty("path").GetString());
        var offset = root.GetProperty("offset").GetInt32();
        Assert.Equal(0x80, SampleApdus.Poison()[offset]); // the arrival time's tag, [0] primitive, length 00
        Assert.Equal(0x00, SampleApdus.Poison()[offset + 1]);
        Assert.Contains("zero-length", root.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("ndrPossible").GetBoolean());
        Assert.False(root.TryGetProperty("summary", out _));
    }

    [Fact]
    public void Decode_JsonUnknownTag_ReportsKindUnknown()
    {
        var file = _folder.Write("unknown.p1", [0x30, 0x00]);

        var run = CliRun.Of("decode", file, "--json");

        Assert.Equal(ExitCodes.Rejected, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("unknown", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("P1E003", json.RootElement.GetProperty("code").GetString());
        Assert.Equal(14, json.RootElement.GetProperty("diagnostic").GetInt32());
        Assert.False(json.RootElement.GetProperty("ndrPossible").GetBoolean());
    }

    [Fact]
    public void Decode_EmptyFile_IsRejectedNotAnError()
    {
        var file = _folder.Write("empty.p1", []);

        var run = CliRun.Of("decode", file);

        Assert.Equal(ExitCodes.Rejected, run.ExitCode);
        Assert.Contains("P1E001", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MissingFile_ReturnsErrorNamingTheFile()
    {
        var file = _folder.Combine("absent.p1");

        var run = CliRun.Of("decode", file, "--json");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal($"patcher decode: '{file}' does not exist.{Environment.NewLine}", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Decode_Directory_ReturnsError()
    {
        var run = CliRun.Of("decode", _folder.Path);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("is a directory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FileOver64MiB_IsRefusedWithoutReadingIt()
    {
        var file = _folder.Combine("huge.p1");
        using (var stream = File.Create(file))
        {
            stream.SetLength((64L * 1024 * 1024) + 1); // sparse: no 64 MiB written to disk
        }

        var run = CliRun.Of("decode", file);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("is over the 64 MiB cap", run.Error, StringComparison.Ordinal);
    }
}
