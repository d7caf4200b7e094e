using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Rejection;

namespace Patcher.X411.Tests.Decoding;

/// <summary>
/// No-hang guards expressed as work: inputs of a megabyte or a million elements are rejected (or accepted) after one
/// pass. Nothing here measures time; a quadratic or unbounded decoder shows up as a test that never finishes.
/// </summary>
public sealed partial class P1DecoderTests
{
    /// <summary>The envelope's bilateral information [1] is skipped, so its nesting is only bounded by the depth limit.</summary>
    [Theory]
    [InlineData(10_000)]
    [InlineData(500_000)]
    public void Decode_NestedIndefiniteLengths_IsRejectedAsNestingBomb(int levels)
    {
        var input = new byte[6 + (2 * levels)];
        Convert.FromHexString("A0803180A180").CopyTo(input, 0);
        for (var i = 6; i < input.Length; i += 2)
        {
            input[i] = 0xA0;
            input[i + 1] = 0x80;
        }

        var rejection = Assert.IsType<P1Rejection>(P1Decoder.Decode(input).Rejection);

        Assert.Equal(P1Fault.NestingTooDeep, rejection.Fault);
        Assert.Equal(NonDeliveryDiagnostic.ProtocolViolation, rejection.Diagnostic);
        Assert.Equal("message/envelope/per-domain-bilateral-information", rejection.Path);
        // message, envelope, bilateral information and its A1 make 4 levels; the 29th A0 makes 33 > 32.
        Assert.Equal(4 + (2 * 29), rejection.Offset);
        Assert.Equal(rejection, P1Decoder.Validate(input).Rejection);
    }

    [Fact]
    public void Decode_MegabyteOfNestedIndefiniteApdus_IsRejectedAtTheEnvelope()
    {
        var input = new byte[1 << 20];
        for (var i = 0; i < input.Length; i += 2)
        {
            input[i] = 0xA0;
            input[i + 1] = 0x80;
        }

        var rejection = Assert.IsType<P1Rejection>(P1Decoder.Validate(input).Rejection);

        Assert.Equal(P1Fault.UnexpectedTag, rejection.Fault);
        Assert.Equal("message/envelope", rejection.Path);
        Assert.Equal(2, rejection.Offset);
    }

    [Fact]
    public void Decode_MillionTraceElements_IsRejectedAsLoopAt513()
    {
        var element = TraceElementEncoding();
        const int Count = 1_000_000;
        var (input, listContent) = MessageWithList(0x69, element, Count);

        var rejection = Assert.IsType<P1Rejection>(P1Decoder.Decode(input).Rejection);

        Assert.Equal(P1Fault.TooManyTraceElements, rejection.Fault);
        Assert.Equal("P1E014", rejection.Code);
        Assert.Equal(NonDeliveryDiagnostic.LoopDetected, rejection.Diagnostic);
        Assert.Equal("message/envelope/trace-information[513]", rejection.Path);
        Assert.Equal(listContent + (512 * element.Length), rejection.Offset);
        Assert.Equal(rejection, P1Decoder.Validate(input).Rejection);
    }

    [Fact]
    public void Decode_TooManyRecipients_IsRejectedAt32768()
    {
        var recipient = Convert.FromHexString("3111" + "60083006610413024742" + "800101" + "81020780");
        var (input, listContent) = MessageWithList(0xA2, recipient, 40_000);

        var rejection = Assert.IsType<P1Rejection>(P1Decoder.Decode(input).Rejection);

        Assert.Equal(P1Fault.TooManyRecipients, rejection.Fault);
        Assert.Equal(NonDeliveryDiagnostic.TooManyRecipients, rejection.Diagnostic);
        Assert.Equal("message/envelope/per-recipient-fields[32768]", rejection.Path);
        Assert.Equal(listContent + (32767 * recipient.Length), rejection.Offset);
    }

    /// <summary>A million-element SEQUENCE OF inside an unknown, non-critical extension: skipped in one pass, and accepted.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Validate_MillionElementsInSkippedExtension_AcceptedOrRejectedInOnePass(bool terminated)
    {
        const int Count = 1_000_000;
        var nulls = new byte[2 * Count];
        for (var i = 0; i < nulls.Length; i += 2)
        {
            nulls[i] = 0x05;
        }

        // A0 80 { 31 80 { members, A3 80 { 30 80 { 80 01 63, A2 80 { 30 80 { NULL x 1,000,000 } } } } } 04 05 Hello }.
        var head = Convert.FromHexString("A0803180" + Convert.ToHexString(MinimalEnvelopeMembers(0xA2)) + "A2193117600E300C61041302474262041302425480010181020780"
            + "A3803080800163A2803080");
        var tail = Convert.FromHexString("0000" + "0000" + "0000" + "0000" + "0000" + "040548656C6C6F" + "0000");
        var input = Concat(head, nulls, terminated ? tail : []);

        var verdict = P1Decoder.Validate(input);

        if (terminated)
        {
            Assert.True(verdict.IsValid, verdict.Rejection?.ToString());
            var message = Assert.IsType<MessageApdu>(P1Decoder.Decode(input).Apdu);
            Assert.Equal(2 + nulls.Length + 2, Assert.Single(message.Envelope.Extensions).Value.Count);
        }
        else
        {
            var rejection = Assert.IsType<P1Rejection>(verdict.Rejection);
            Assert.Equal(P1Fault.Truncated, rejection.Fault);
            Assert.InRange(rejection.Offset, 0, input.Length - 1);
        }
    }

    private static byte[] TraceElementEncoding() =>
        Convert.FromHexString("3021630B61041302555362031301203112800D3939313230313130313533305A820100");

    /// <summary>The minimal message with its trace (69) or recipients (A2) replaced by <paramref name="count"/> copies of an element.</summary>
    private static (byte[] Input, int ListContent) MessageWithList(byte tag, byte[] element, int count)
    {
        var minimal = MinimalEnvelopeMembers(tag);
        var length = (long)element.Length * count;
        var header = new byte[] { tag, 0x84, (byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length };
        var input = new byte[4 + minimal.Length + header.Length + length];
        Convert.FromHexString("A0803180").CopyTo(input, 0);
        minimal.CopyTo(input, 4);
        header.CopyTo(input, 4 + minimal.Length);
        var listContent = 4 + minimal.Length + header.Length;
        for (var i = 0; i < count; i++)
        {
            element.CopyTo(input, listContent + (i * element.Length));
        }

        return (input, listContent);
    }

    /// <summary>message-identifier, originator-name, content-type, and whichever of trace or recipients is not the list.</summary>
    private static byte[] MinimalEnvelopeMembers(byte list)
    {
        const string Members = "641A630B6104130255536203130120160B4558434835352D30303031" + "602830266104130255536203130120A2091307436F6E746F736F830553616C6573A5078005536D697468" + "460116";
        const string Trace = "69233021630B61041302555362031301203112800D3939313230313130313533305A820100";
        const string Recipients = "A2193117600E300C61041302474262041302425480010181020780";
        return Convert.FromHexString(Members + (list == 0x69 ? Recipients : Trace));
    }

    private static byte[] Concat(byte[] first, byte[] second, byte[] third) => [.. first, .. second, .. third];
}
