using System.Globalization;
using System.Reflection;
using CsCheck;
using Patcher.X411.Benchmarks.Corpus;
using Patcher.X411.Encoding;
using Patcher.X411.Tests.Decoding;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests.Differential;

/// <summary>
/// The engine gives the same verdict and value as the reference oracle (tests/Patcher.X411.Tests/Oracle) over every
/// vector, the generated corpora, and mutations of the seed messages: rejection behaviour kept bit for bit.
/// </summary>
public sealed class EngineDifferentialTests
{
    /// <summary>Mutations checked by the default test run (a few seconds); the seed is fixed, so a failure repeats.</summary>
    private const int Mutations = 200_000;

    /// <summary>Folders of extra inputs (e.g. a fuzzer's queue), separated by the path separator; read only.</summary>
    private const string CorpusVariable = "P1_DIFFERENTIAL_CORPUS";

    [Fact]
    public void Engine_EveryTestVector_AgreesWithOracle()
    {
        var vectors = HexVectors().ToList();

        Assert.True(vectors.Count > 100, $"only {vectors.Count} hex vectors found in the decoder tests");
        AssertAgree(vectors);
    }

    [Fact]
    public void Engine_SeedAndBenchmarkCorpora_AgreeWithOracle() =>
        AssertAgree(Seeds());

    [Fact]
    public void Engine_GeneratedApdus_AgreeWithOracle() =>
        ApduGenerators.Apdu.Sample(apdu =>
        {
            var encoding = P1Encoder.Encode(apdu);
            return EngineDifference.Find(encoding) is null && EngineDifference.Find(BerForms.ToIndefinite(encoding)) is null;
        }, iter: 2000);

    [Fact]
    public void Engine_MutatedSeeds_AgreeWithOracle()
    {
        // Small seeds, as a fuzzer prefers: a mutation then lands in framing as often as in content.
        var seeds = Seeds().Where(seed => seed.Length <= 1024).ToArray();
        var random = new Random(13);
        for (var i = 0; i < Mutations; i++)
        {
            var input = SeedMutator.Mutate(seeds[random.Next(seeds.Length)], random);
            if (EngineDifference.Find(input) is { } difference)
            {
                Assert.Fail($"mutation {i}: {difference}");
            }
        }
    }

    [Fact]
    public void Engine_ExternalCorpus_AgreesWithOracle()
    {
        var folders = (Environment.GetEnvironmentVariable(CorpusVariable) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(Directory.Exists);
        AssertAgree(folders.SelectMany(folder => Directory.EnumerateFiles(folder)).Select(File.ReadAllBytes));
    }

    private static void AssertAgree(IEnumerable<byte[]> inputs)
    {
        foreach (var input in inputs)
        {
            // Every prefix too (of inputs of typical size): truncation is where offsets are hardest to get right.
            var shortest = input.Length <= 4096 ? 0 : input.Length;
            for (var length = shortest; length <= input.Length; length++)
            {
                if (EngineDifference.Find(input[..length]) is { } difference)
                {
                    Assert.Fail(difference);
                }
            }
        }
    }

    private static List<byte[]> Seeds()
    {
        var seeds = Path.Combine(Path.GetTempPath(), "p1-differential-seeds-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            Fuzz.SeedCorpus.Write(seeds);
            return Directory.EnumerateFiles(seeds).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
                .Concat(P1Corpus.All.Select(apdu => apdu.Bytes))
                .Concat([SampleApdus.Valid(), SampleApdus.Poison(), SampleApdus.Report(), SampleApdus.Probe()])
                .ToList();
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    /// <summary>Every hex string among the decoder tests' inline data and vector tables.</summary>
    private static IEnumerable<byte[]> HexVectors()
    {
        var type = typeof(P1DecoderTests);
        var inline = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .SelectMany(method => method.GetCustomAttributes<InlineDataAttribute>())
            .SelectMany(data => data.GetData(null!).SelectMany(row => row));
        var tables = type.GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(string[]))
            .SelectMany(field => (string[])field.GetValue(null)!);
        return inline.Concat(tables).OfType<string>().Where(IsHex).Distinct(StringComparer.Ordinal).Select(Convert.FromHexString);
    }

    private static bool IsHex(string text) => text.Length >= 4 && text.Length % 2 == 0 && text.All(char.IsAsciiHexDigit);
}
