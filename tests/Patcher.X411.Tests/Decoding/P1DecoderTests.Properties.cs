using CsCheck;
using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Rejection;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests.Decoding;

/// <summary>Laws over generated APDUs. Iterations are bounded so that the whole project runs in well under a minute.</summary>
public sealed partial class P1DecoderTests
{
    [Fact]
    public void Decode_EncodedApdu_GivesBackTheSameApdu()
    {
        ApduGenerators.Apdu.Sample(apdu =>
        {
            var encoding = P1Encoder.Encode(apdu);

            var result = P1Decoder.Decode(encoding);

            Assert.True(result.IsValid, result.Rejection?.ToString());
            Assert.Equal(apdu.Kind, result.Kind);
            Assert.Equal(apdu, result.Apdu);
            Assert.Null(result.Salvaged);
        }, iter: 400);
    }

    [Fact]
    public void Validate_EncodedApdu_AgreesWithDecode()
    {
        ApduGenerators.Apdu.Sample(apdu =>
        {
            var encoding = P1Encoder.Encode(apdu);

            var verdict = P1Decoder.Validate(encoding);

            Assert.True(verdict.IsValid, verdict.Rejection?.ToString());
            Assert.Equal(apdu.Kind, verdict.Kind);
        }, iter: 200);
    }

    [Fact]
    public void Decode_EveryStrictPrefix_IsRejectedNeverThrown()
    {
        ApduGenerators.Apdu.Sample(apdu =>
        {
            var encoding = P1Encoder.Encode(apdu);
            for (var length = 0; length < encoding.Length; length++)
            {
                var prefix = encoding.AsSpan(0, length);

                var result = P1Decoder.Decode(prefix);

                var rejection = Assert.IsType<P1Rejection>(result.Rejection);
                AssertWithin(rejection, length);
                Assert.Equal(rejection, P1Decoder.Validate(prefix).Rejection);
            }
        }, iter: 25);
    }

    /// <summary>Random byte flips, insertions and deletions: never an exception; valid, or a typed rejection inside the input.</summary>
    [Fact]
    public void Decode_MutatedEncoding_IsValidOrRejectedWithinTheInput()
    {
        var mutation = Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Byte);
        Gen.Select(ApduGenerators.Apdu, mutation.Array[1, 4]).Sample((apdu, mutations) =>
        {
            var bytes = new List<byte>(P1Encoder.Encode(apdu));
            foreach (var (kind, where, value) in mutations)
            {
                var at = where % (bytes.Count + 1);
                if (kind == 0 && at < bytes.Count)
                {
                    bytes[at] = value;
                }
                else if (kind == 1)
                {
                    bytes.Insert(at, value);
                }
                else if (at < bytes.Count)
                {
                    bytes.RemoveAt(at);
                }
            }

            var input = bytes.ToArray();

            var result = P1Decoder.Decode(input);
            var verdict = P1Decoder.Validate(input);

            Assert.Equal(result.Rejection, verdict.Rejection);
            Assert.Equal(result.Kind, verdict.Kind);
            if (result.Rejection is { } rejection)
            {
                AssertWithin(rejection, input.Length);
                Assert.Null(result.Apdu);
                Assert.True(Enum.IsDefined(rejection.Fault));
                Assert.Matches("^P1E0[0-9]{2}$", rejection.Code);
            }
            else
            {
                Assert.NotNull(result.Apdu);
            }
        }, iter: 3000);
    }

    [Fact]
    public void Validate_EmptyArrivalTimeAtAnyTraceIndex_IsRejectedAtThatIndex()
    {
        Gen.Select(ApduGenerators.Message, Gen.Int[0, 4]).Sample((message, pick) =>
        {
            var index = pick % message.Envelope.TraceInformation.Count;
            var poison = P1Encoder.EncodeWithEmptyArrivalTime(message, index);

            var verdict = P1Decoder.Validate(poison);

            var rejection = Assert.IsType<P1Rejection>(verdict.Rejection);
            Assert.Equal(P1Fault.EmptyTime, rejection.Fault);
            Assert.Equal("P1E009", rejection.Code);
            Assert.Equal(NonDeliveryDiagnostic.InvalidArguments, rejection.Diagnostic);
            Assert.Equal($"message/envelope/trace-information[{index + 1}]/domain-supplied-information/arrival-time", rejection.Path);
            Assert.Equal([0x80, 0x00], poison.AsSpan(rejection.Offset, 2).ToArray());
            var decoded = P1Decoder.Decode(poison);
            Assert.Equal(rejection, decoded.Rejection);
            var salvaged = Assert.IsType<MessageApdu>(decoded.Salvaged);
            Assert.Equal(message.Envelope.MessageIdentifier, salvaged.Envelope.MessageIdentifier);
            Assert.Equal(message.Envelope.Originator, salvaged.Envelope.Originator);
            Assert.Equal(message.Envelope.Recipients, salvaged.Envelope.Recipients);
        }, iter: 200);
    }

    /// <summary>The offset names a byte of the input (an empty input is rejected at 0).</summary>
    private static void AssertWithin(P1Rejection rejection, int length) =>
        Assert.InRange(rejection.Offset, 0, Math.Max(0, length - 1));
}
