using Patcher.X411.Decoding;
using Oracle = Patcher.X411.Tests.Oracle;

namespace Patcher.X411.Tests.Differential;

/// <summary>
/// Compares the engine with the reference oracle (the engine as it was before issue 13's performance work) on one
/// input: the same verdict from <c>Validate</c> (kind, and the whole rejection: fault, path, offset, reason) and the
/// same result from <c>Decode</c> (kind, rejection, decoded value, salvaged value).
/// </summary>
internal static class EngineDifference
{
    /// <summary>What differs, or null when the two engines agree on <paramref name="input"/>.</summary>
    public static string? Find(byte[] input)
    {
        var verdict = P1Decoder.Validate(input);
        var expectedVerdict = Oracle.P1Decoder.Validate(input);
        if (verdict.Kind != expectedVerdict.Kind || !Equals(verdict.Rejection, expectedVerdict.Rejection))
        {
            return Describe(input, "Validate", $"{verdict.Kind} [{verdict.Rejection}]", $"{expectedVerdict.Kind} [{expectedVerdict.Rejection}]");
        }

        var result = P1Decoder.Decode(input);
        var expected = Oracle.P1Decoder.Decode(input);
        if (result.Kind != expected.Kind || !Equals(result.Rejection, expected.Rejection))
        {
            return Describe(input, "Decode", $"{result.Kind} [{result.Rejection}]", $"{expected.Kind} [{expected.Rejection}]");
        }

        // Records compare DateTimeOffset by instant only; their text also shows each time's offset.
        if (!Equals(result.Apdu, expected.Apdu) || result.Apdu?.ToString() != expected.Apdu?.ToString())
        {
            return Describe(input, "Decode's value", $"{result.Apdu}", $"{expected.Apdu}");
        }

        if (!Equals(result.Salvaged, expected.Salvaged) || result.Salvaged?.ToString() != expected.Salvaged?.ToString())
        {
            return Describe(input, "Decode's salvaged value", $"{result.Salvaged}", $"{expected.Salvaged}");
        }

        return null;
    }

    private static string Describe(byte[] input, string what, string engine, string oracle) =>
        $"{what} differs on {Convert.ToHexString(input)}\n  engine: {engine}\n  oracle: {oracle}";
}
