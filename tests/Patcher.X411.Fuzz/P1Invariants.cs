using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;

namespace Patcher.X411.Fuzz;

/// <summary>
/// What must hold for every input, whatever a foreign MTA sends (KB Q248732): the engine never throws; Validate and
/// Decode agree; a rejection points inside the input; a valid APDU re-encodes to one that decodes to the same value.
/// A violation throws, which AFL records as a crash.
/// </summary>
internal static class P1Invariants
{
    /// <summary>
    /// Set <c>P1_FUZZ_TOLERATE_END_OFFSET=1</c> to accept a truncation rejected at offset = input length (a known
    /// engine finding), so that a run looks past it for other ones.
    /// </summary>
    private static readonly bool TolerateEndOffset =
        Environment.GetEnvironmentVariable("P1_FUZZ_TOLERATE_END_OFFSET") == "1";

    public static void Check(ReadOnlySpan<byte> input)
    {
        // Invariant 1, never throws: any exception from the engine escapes to AFL as is.
        var verdict = P1Decoder.Validate(input);
        var result = P1Decoder.Decode(input);

        // Invariant 2: Validate and Decode agree on validity, kind and (first fault wins) the rejection itself.
        if (verdict.IsValid != result.IsValid || verdict.Kind != result.Kind)
        {
            Fail(input, $"Validate says {Describe(verdict.IsValid, verdict.Kind)}, Decode says {Describe(result.IsValid, result.Kind)}");
        }

        if (verdict.Rejection is { } rejection)
        {
            if (result.Rejection is not { } other
                || other.Fault != rejection.Fault || other.Offset != rejection.Offset || other.Path != rejection.Path)
            {
                Fail(input, $"Validate rejects with [{rejection}], Decode with [{result.Rejection}]");
            }

            // Invariant 3: the offset names the offending element's first octet, so it lies in the input
            // (the empty input is rejected at offset 0).
            var end = TolerateEndOffset && rejection.Fault is Rejection.P1Fault.Truncated or Rejection.P1Fault.InvalidLength
                ? input.Length
                : input.Length - 1;
            var inInput = input.IsEmpty ? rejection.Offset == 0 : rejection.Offset >= 0 && rejection.Offset <= end;
            if (!inInput)
            {
                Fail(input, $"rejection offset {rejection.Offset} is outside the {input.Length}-byte input: [{rejection}]");
            }

            if (result.Apdu is not null)
            {
                Fail(input, "a rejected APDU has a decoded value");
            }

            return;
        }

        // Invariant 4: decode ∘ encode = id on what the engine accepts.
        var value = result.Apdu ?? throw Violation(input, "a valid APDU decoded to null");
        byte[] encoding;
        try
        {
            encoding = P1Encoder.Encode(value);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Text.EncoderFallbackException)
        {
            throw Violation(input, $"the decoded value does not re-encode: {e.GetType().Name}: {e.Message}", e);
        }

        var again = P1Decoder.Decode(encoding);
        if (again.Apdu is not { } roundTripped)
        {
            throw Violation(input, $"the re-encoding ({Convert.ToHexString(encoding)}) is rejected: [{again.Rejection}]");
        }

        if (!roundTripped.Equals(value) && !OnlyLossyPartsDiffer(value, roundTripped, encoding))
        {
            Fail(input, $"the re-encoding decodes to a different value:\n  first:  {value}\n  second: {roundTripped}");
        }
    }

    /// <summary>
    /// The model keeps only that an O/R name had network addresses, extension attributes or a directory name
    /// (<see cref="OrName.HasOtherParts"/>); the encoder cannot write them back. Such values match when their
    /// encodings do. (An O/R name prints as its text form, which does not show the flag: the values are walked.)
    /// </summary>
    private static bool OnlyLossyPartsDiffer(MtsApdu value, MtsApdu roundTripped, byte[] encoding) =>
        HasLossyName(value, depth: 0)
        && P1Encoder.Encode(roundTripped).AsSpan().SequenceEqual(encoding);

    /// <summary>Whether an O/R name anywhere in <paramref name="node"/> (a model record or a list of them) has other parts.</summary>
    private static bool HasLossyName(object? node, int depth) => node switch
    {
        null or string or ValueType when node is not System.Collections.IEnumerable => false,
        OrName name => name.HasOtherParts,
        _ when depth > 16 => false,
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Any(item => HasLossyName(item, depth + 1)),
        _ when node.GetType().Namespace == typeof(OrName).Namespace => node.GetType().GetProperties()
            .Where(property => property.GetIndexParameters().Length == 0)
            .Any(property => HasLossyName(property.GetValue(node), depth + 1)),
        _ => false,
    };

    private static string Describe(bool valid, ApduKind kind) => $"{(valid ? "valid" : "invalid")} {kind}";

    private static void Fail(ReadOnlySpan<byte> input, string message) => throw Violation(input, message);

    private static InvariantViolationException Violation(ReadOnlySpan<byte> input, string message, Exception? inner = null) =>
        new($"{message}\n  input: {Convert.ToHexString(input)}", inner!);
}
