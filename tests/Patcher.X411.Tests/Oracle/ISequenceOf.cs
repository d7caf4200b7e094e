namespace Patcher.X411.Tests.Oracle;

/// <summary>
/// One X.411 <c>SEQUENCE SIZE (1..ub) OF</c> (or <c>SET OF ... DEFAULT {}</c>) as <c>P1Decoder.ReadSequenceOf</c> reads
/// it: its bounds as static members, and how to read and keep one member. Implemented by structs, so that the JIT
/// compiles the list reader once per list with the bounds as constants and the member reader called directly.
/// </summary>
/// <remarks>
/// No type parameter of the list reader may be a reference type: the JIT would then share one body over
/// <c>__Canon</c>, look the static members up at run time and not inline it (measured: 4..15 % slower to validate).
/// So each list hands over its members itself, after a successful read, from its own <c>ToValue</c>.
/// </remarks>
internal interface ISequenceOf
{
    /// <summary>The X.411 upper bound on members (<c>ub-transfers</c>, <c>ub-recipients</c>...); <see cref="int.MaxValue"/> for none.</summary>
    static abstract int UpperBound { get; }

    /// <summary>The element an empty list is reported as missing; null when an empty list is allowed (<c>DEFAULT {}</c>).</summary>
    static abstract Element? RequiredElement { get; }

    /// <summary>Records that the list has more than <see cref="UpperBound"/> members, at the reader's position. Always false.</summary>
    static abstract bool TooMany(ref P1Reader r);

    /// <summary>Reads the <paramref name="index"/>-th member (1-based) inside <paramref name="list"/>, keeping it when decoding.</summary>
    bool ReadMember(ref P1Reader r, in Frame list, int index);
}
