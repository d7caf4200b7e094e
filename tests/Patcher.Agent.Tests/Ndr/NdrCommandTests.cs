using Patcher.X411.Tests.Samples;
using Patcher.Agent.Cli;
using Patcher.Agent.Tests.Cli;
using Patcher.Agent.Tests.Samples;
using Patcher.X411.Decoding;
using Patcher.X411.Model;

namespace Patcher.Agent.Tests.Ndr;

public sealed class NdrCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ndr_PoisonMessage_WritesReportWithInvalidArguments()
    {
        var file = _folder.Write("poison.p1", SampleApdus.Poison());
        var output = _folder.Combine("poison.ndr");

        var run = CliRun.Of("ndr", file, "-o", output, "--reporting-mta", "EXCH55-MTA", "--reporting-domain", "c=GB;a=BT;p=Fabrikam");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith($"NDR written: {output}", run.Out, StringComparison.Ordinal);
        var decoded = P1Decoder.Decode(File.ReadAllBytes(output));
        Assert.True(decoded.IsValid, decoded.Rejection?.ToString());
        var report = Assert.IsType<ReportApdu>(decoded.Apdu);
        Assert.Equal(SampleApdus.Smith, report.Envelope.ReportDestination);
        Assert.Equal(SampleApdus.Fabrikam, report.Envelope.ReportIdentifier.Domain);
        Assert.Equal(new MtsIdentifier(SampleApdus.Contoso, "EXCH55-0001"), report.Content.SubjectIdentifier);
        var trace = Assert.Single(report.Envelope.TraceInformation);
        Assert.Equal(CliRun.Now, trace.Information.ArrivalTime);
        Assert.Equal("EXCH55-MTA", Assert.Single(report.Envelope.InternalTraceInformation).MtaName);
        var recipient = Assert.Single(report.Content.Recipients);
        Assert.Equal(SampleApdus.Jones, recipient.ActualRecipientName);
        Assert.Equal(CliRun.Now, recipient.LastTrace.ArrivalTime);
        var nonDelivery = Assert.IsType<NonDeliveryReport>(recipient.LastTrace.ReportType);
        Assert.Equal(NonDeliveryReason.UnableToTransfer, nonDelivery.Reason);
        Assert.Equal(NonDeliveryDiagnostic.InvalidArguments, nonDelivery.Diagnostic);
        Assert.Equal(11, (int)nonDelivery.Diagnostic!);
        Assert.StartsWith("P1E009 invalid-arguments at message/envelope/trace-information(1)", recipient.SupplementaryInformation, StringComparison.Ordinal);
    }

    [Fact]
    public void Ndr_WithoutReportingDomain_UsesTheLastTraceElementsDomain()
    {
        var message = SampleApdus.Message(
            SampleApdus.Trace(SampleApdus.Contoso, SampleApdus.Arrival),
            SampleApdus.Trace(SampleApdus.Fabrikam, SampleApdus.Arrival.AddMinutes(5)));
        var file = _folder.Write("poison.p1", X411.Encoding.P1Encoder.EncodeWithEmptyArrivalTime(message, traceIndex: 1));
        var output = _folder.Combine("poison.ndr");

        var run = CliRun.Of("ndr", file, "-o", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var report = Assert.IsType<ReportApdu>(P1Decoder.Decode(File.ReadAllBytes(output)).Apdu);
        Assert.Equal(SampleApdus.Fabrikam, report.Envelope.ReportIdentifier.Domain);
        Assert.Matches("^NDR000103090000-[0-9A-F]{8}$", report.Envelope.ReportIdentifier.LocalIdentifier);
    }

    [Fact]
    public void Ndr_ValidMessage_OwesNoNdrAndWritesNothing()
    {
        var file = _folder.Write("valid.p1", SampleApdus.Valid());
        var output = _folder.Combine("valid.ndr");

        var run = CliRun.Of("ndr", file, "-o", output);

        Assert.Equal(ExitCodes.NoNdrOwed, run.ExitCode);
        Assert.Contains("no NDR is owed", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Equal(["valid.p1"], _folder.Files());
    }

    [Fact]
    public void Ndr_ExistingOutput_IsNotOverwritten()
    {
        var file = _folder.Write("poison.p1", SampleApdus.Poison());
        var output = _folder.Write("poison.ndr", [1, 2, 3]);

        var run = CliRun.Of("ndr", file, "-o", output);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("exists; pass --force", run.Error, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(output));
        Assert.Equal(["poison.ndr", "poison.p1"], _folder.Files().Order());
    }

    [Fact]
    public void Ndr_ExistingOutputWithForce_IsReplaced()
    {
        var file = _folder.Write("poison.p1", SampleApdus.Poison());
        var output = _folder.Write("poison.ndr", [1, 2, 3]);

        var run = CliRun.Of("ndr", file, "-o", output, "--force");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.IsType<ReportApdu>(P1Decoder.Decode(File.ReadAllBytes(output)).Apdu);
        Assert.Equal(["poison.ndr", "poison.p1"], _folder.Files().Order()); // no temp file left behind
    }

    [Fact]
    public void Ndr_TruncatedMessage_IsTooBrokenToAddress()
    {
        var file = _folder.Write("truncated.p1", SampleApdus.Valid()[..^5]);
        var output = _folder.Combine("truncated.ndr");

        var run = CliRun.Of("ndr", file, "-o", output);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("too broken to address an NDR", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("probe")]
    public void Ndr_RejectedReportOrProbe_IsNotAnsweredWithAnNdr(string kind)
    {
        var valid = kind == "report" ? SampleApdus.Report() : SampleApdus.Probe();
        var file = _folder.Write("broken.p1", valid[..^3]);
        var output = _folder.Combine("broken.ndr");

        var run = CliRun.Of("ndr", file, "-o", output);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("reports and probes are not answered with NDRs", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Ndr_MissingInput_ReturnsError()
    {
        var run = CliRun.Of("ndr", _folder.Combine("absent.p1"), "-o", _folder.Combine("absent.ndr"));

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ndr_OutputFolderMissing_ReturnsError()
    {
        var file = _folder.Write("poison.p1", SampleApdus.Poison());

        var run = CliRun.Of("ndr", file, "-o", _folder.Combine(Path.Combine("no-such-folder", "poison.ndr")));

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("cannot write", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--reporting-domain", "c=US", "--reporting-domain: a domain needs c=")]
    [InlineData("--reporting-domain", "c=US;a= ;o=Sales", "--reporting-domain: 'o' is not a domain attribute")]
    [InlineData("--reporting-domain", "c= ;a= ;p=Contoso", "--reporting-domain: 'c= ' has no value")] // issue 10: refused, as the engine refuses it
    [InlineData("--reporting-mta", "THIS-MTA-NAME-IS-FAR-TOO-LONG-FOR-X411", "--reporting-mta: an MTA name has at most 32")]
    [InlineData("--reporting-mta", "MTA\u0007", "--reporting-mta: an MTA name holds printable ASCII")]
    public void Ndr_BadReportingOption_IsAParseErrorAndWritesNothing(string option, string value, string expected)
    {
        var file = _folder.Write("poison.p1", SampleApdus.Poison());
        var output = _folder.Combine("poison.ndr");

        var run = CliRun.Of("ndr", file, "-o", output, option, value);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
