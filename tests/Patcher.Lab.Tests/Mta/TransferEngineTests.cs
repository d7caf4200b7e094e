using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Mta;

namespace Patcher.Lab.Tests.Mta;

public sealed class TransferEngineTests
{
    private const string MtaName = "LAB1";

    [Fact]
    public void Transfer_ValidMessage_RelaysWithExactlyOneInternalTraceElementAppended()
    {
        var input = TestMessages.Valid();

        var (verdict, output, detail) = TransferEngine.Transfer(input, MtaName, TestMessages.LabDomain, TestMessages.Now.AddMilliseconds(700), recovering: false);

        Assert.Equal(TransferEngine.Relayed, verdict);
        var relayed = Assert.IsType<MessageApdu>(P1Decoder.Decode(output).Apdu);
        var added = Assert.Single(relayed.Envelope.InternalTraceInformation);
        Assert.Equal(new InternalTraceInformationElement(new GlobalDomainIdentifier("US", " ", "PatcherLab"), MtaName, new MtaSuppliedInformation(TestMessages.Now)), added);
        Assert.Equal(TestMessages.Message(), relayed with { Envelope = relayed.Envelope with { InternalTraceInformation = [] } });
        Assert.Contains("relayed by LAB1", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Transfer_MessageWithInternalTrace_AppendsToTheExistingExtension()
    {
        var earlier = new InternalTraceInformationElement(TestMessages.Contoso, "CONTOSO-MTA", new MtaSuppliedInformation(TestMessages.Arrival));
        var message = TestMessages.Message();
        message = message with { Envelope = message.Envelope with { InternalTraceInformation = [earlier] } };

        var (verdict, output, _) = TransferEngine.Transfer(P1Encoder.Encode(message), MtaName, TestMessages.LabDomain, TestMessages.Now, recovering: false);

        Assert.Equal(TransferEngine.Relayed, verdict);
        var trace = Assert.IsType<MessageApdu>(P1Decoder.Decode(output).Apdu).Envelope.InternalTraceInformation;
        Assert.Equal(2, trace.Count);
        Assert.Equal(earlier, trace[0]);
        Assert.Equal(MtaName, trace[1].MtaName);
    }

    [Fact]
    public void Transfer_ValidMessage_KeepsTheOriginalOctetsAroundTheInsertion()
    {
        var input = TestMessages.Valid();

        var output = TransferEngine.Transfer(input, MtaName, TestMessages.LabDomain, TestMessages.Now, recovering: false).Output;

        // Only lengths change before the insertion; the content octets (the tail of the APDU) are relayed byte for byte.
        var content = "Hello from Contoso"u8.ToArray();
        Assert.True(output.AsSpan().EndsWith(content));
        Assert.True(P1Decoder.Validate(output).IsValid);
        Assert.True(output.Length > input.Length);
    }

    [Fact]
    public void Transfer_PoisonMessage_ReturnsAnNdrWithInvalidArgumentsThatDecodes()
    {
        var (verdict, output, detail) = TransferEngine.Transfer(TestMessages.Poison(), MtaName, TestMessages.LabDomain, TestMessages.Now, recovering: true);

        Assert.Equal(TransferEngine.Rejected, verdict);
        var decoded = P1Decoder.Decode(output);
        Assert.True(decoded.IsValid, decoded.Rejection?.ToString());
        var report = Assert.IsType<ReportApdu>(decoded.Apdu);
        Assert.Equal(TestMessages.Smith, report.Envelope.ReportDestination);
        Assert.Equal(new MtsIdentifier(TestMessages.Contoso, "EXCH55-0666"), report.Content.SubjectIdentifier);
        var recipient = Assert.Single(report.Content.Recipients);
        var ndr = Assert.IsType<NonDeliveryReport>(recipient.LastTrace.ReportType);
        Assert.Equal(NonDeliveryDiagnostic.InvalidArguments, ndr.Diagnostic);
        Assert.Equal(MtaName, Assert.Single(report.Envelope.InternalTraceInformation).MtaName);
        Assert.StartsWith("P1E009 invalid-arguments (11) at message/envelope/trace-information", detail, StringComparison.Ordinal);
        Assert.Contains("arrival-time (offset ", detail, StringComparison.Ordinal);
        Assert.EndsWith("non-delivery report returned with diagnostic invalid-arguments (11)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Transfer_TruncatedMessage_IsRejectedButUnanswerable()
    {
        var truncated = TestMessages.Valid()[..20];

        var (verdict, output, detail) = TransferEngine.Transfer(truncated, MtaName, TestMessages.LabDomain, TestMessages.Now, recovering: false);

        Assert.Equal(TransferEngine.RejectedUnanswerable, verdict);
        Assert.Empty(output);
        Assert.Contains("too broken", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("probe")]
    public void Transfer_ValidReportOrProbe_RelaysWithTrace(string kind)
    {
        var input = kind == "report" ? TestMessages.Report() : TestMessages.Probe();

        var (verdict, output, _) = TransferEngine.Transfer(input, MtaName, TestMessages.LabDomain, TestMessages.Now, recovering: false);

        Assert.Equal(TransferEngine.Relayed, verdict);
        var trace = P1Decoder.Decode(output).Apdu switch
        {
            ReportApdu report => report.Envelope.InternalTraceInformation,
            ProbeApdu probe => probe.Envelope.InternalTraceInformation,
            var other => throw new InvalidOperationException($"unexpected {other}"),
        };
        Assert.Equal(MtaName, trace[^1].MtaName);
        Assert.Equal(kind == "report" ? 2 : 1, trace.Count); // the NDR already carries its reporting MTA's element
    }

    [Theory]
    [InlineData("report")]
    [InlineData("probe")]
    public void Transfer_InvalidReportOrProbe_IsRejectedWithoutAReport(string kind)
    {
        var input = kind == "report" ? TestMessages.Report() : TestMessages.Probe();

        var (verdict, output, detail) = TransferEngine.Transfer(input[..^3], MtaName, TestMessages.LabDomain, TestMessages.Now, recovering: false);

        Assert.Equal(TransferEngine.RejectedUnanswerable, verdict);
        Assert.Empty(output);
        Assert.Contains($"a rejected {kind} is never answered with a report", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LAB1", "US")]
    [InlineData("", TestMessages.LabDomain)]
    [InlineData("THIS-MTA-NAME-IS-FAR-TOO-LONG-FOR-X411", TestMessages.LabDomain)]
    [InlineData("LAB1", "c=US")]
    public void Transfer_InvalidIdentity_Throws(string mtaName, string domain) =>
        Assert.Throws<ArgumentException>(() => TransferEngine.Transfer(TestMessages.Valid(), mtaName, domain, TestMessages.Now, recovering: false));

    [Fact]
    public void EngineDescription_NamesTheFix() =>
        Assert.Contains("Q248732 fix", TransferEngine.EngineDescription, StringComparison.Ordinal);
}
