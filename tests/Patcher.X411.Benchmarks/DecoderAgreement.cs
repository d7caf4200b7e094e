using Patcher.X411.Benchmarks.AsnReaderBaseline;
using Patcher.X411.Benchmarks.Corpus;
using Patcher.X411.Decoding;

namespace Patcher.X411.Benchmarks;

/// <summary>
/// The startup consistency check: on every corpus APDU (and the poison message) the engine and the AsnReader baseline
/// agree on valid or invalid, match the corpus's expectation, and decode valid APDUs to equal models.
/// </summary>
internal static class DecoderAgreement
{
    /// <summary>Checks the corpus, writes one line per APDU, and returns the number of disagreements.</summary>
    public static int Check(TextWriter output)
    {
        var disagreements = 0;
        output.WriteLine("Consistency check (engine vs AsnReader baseline):");
        foreach (var apdu in P1Corpus.All)
        {
            var problem = Compare(apdu);
            disagreements += problem is null ? 0 : 1;
            output.WriteLine($"  {(problem is null ? "ok  " : "FAIL")} {apdu.Name,-30} {apdu.Bytes.Length,7} bytes  {(apdu.Valid ? "valid" : "invalid")}{(problem is null ? "" : ": " + problem)}");
        }

        return disagreements;
    }

    private static string? Compare(CorpusApdu apdu)
    {
        var verdict = P1Decoder.Validate(apdu.Bytes);
        var decoded = P1Decoder.Decode(apdu.Bytes);
        var baselineValid = AsnReaderP1Decoder.Validate(apdu.Bytes);
        var baselineDecoded = AsnReaderP1Decoder.Decode(apdu.Bytes);
        if (verdict.IsValid != apdu.Valid || decoded.IsValid != apdu.Valid)
        {
            return $"engine says {(verdict.IsValid ? "valid" : "invalid")} [{verdict.Rejection}]";
        }

        if (baselineValid != apdu.Valid || (baselineDecoded is not null) != apdu.Valid)
        {
            return $"baseline says {(baselineValid ? "valid" : "invalid")} [{AsnReaderP1Decoder.Diagnose(apdu.Bytes)}]";
        }

        return apdu.Valid && !Equals(decoded.Apdu, baselineDecoded)
            ? $"the decoders build different models:\n    engine:   {decoded.Apdu}\n    baseline: {baselineDecoded}"
            : null;
    }
}
