using CsCheck;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Versioning;

/// <summary>Laws: a truncated or mutated image is read or refused with a PeFormatException, never another exception.</summary>
public sealed class PeVersionReaderPropertyTests
{
    private static readonly byte[] StandIn = ExchangeBuilds.Image("x400om.dll", "5.5.2651.69");
    private static readonly byte[] Managed = File.ReadAllBytes(typeof(PeVersionReader).Assembly.Location);

    [Fact]
    public void Read_EveryTruncationOfStandIn_ThrowsPeFormatException()
    {
        // Small enough to try every length; the last section ends at the end of the file.
        for (var length = 0; length < StandIn.Length; length++)
        {
            var ex = Record.Exception(() => PeVersionReader.Read(StandIn.AsSpan(0, length), "x400om.dll"));
            Assert.True(ex is PeFormatException, $"length {length}: {ex?.GetType().Name ?? "no exception"}");
        }
    }

    [Fact]
    public void Read_TruncatedManagedAssembly_ReadsOrThrowsPeFormatException() =>
        Gen.Int[0, Managed.Length].Sample(length => ReadsOrRefuses(Managed.AsSpan(0, length).ToArray()), iter: 2_000);

    [Fact]
    public void Read_MutatedStandIn_ReadsOrThrowsPeFormatException() =>
        Mutations(StandIn.Length).Sample(mutations => ReadsOrRefuses(Apply(StandIn, mutations)), iter: 20_000);

    [Fact]
    public void Read_MutatedManagedAssemblyHeadersAndResources_ReadsOrThrowsPeFormatException()
    {
        var layout = PeVersionReader.ReadLayout(Managed, "Patcher.Core.dll", out _);
        var resource = (int)layout.RootOffset;
        var positions = Gen.OneOf(Gen.Int[0, 0x400], Gen.Int[resource - 0x100, Math.Min(Managed.Length - 1, resource + 0x400)]);
        var mutations = Gen.Select(positions, Gen.Byte).Array[1, 8];

        mutations.Sample(m => ReadsOrRefuses(Apply(Managed, m)), iter: 20_000);
    }

    private static Gen<(int Position, byte Value)[]> Mutations(int length) =>
        Gen.Select(Gen.Int[0, length - 1], Gen.Byte).Array[1, 8];

    private static byte[] Apply(byte[] image, (int Position, byte Value)[] mutations)
    {
        var copy = (byte[])image.Clone();
        foreach (var (position, value) in mutations)
        {
            copy[position] = value;
        }

        return copy;
    }

    private static void ReadsOrRefuses(byte[] image)
    {
        try
        {
            PeVersionReader.Read(image, "mutant");
        }
        catch (PeFormatException ex)
        {
            Assert.Matches("^PE0[0-9]{2}$", ex.Code);
        }
    }
}
