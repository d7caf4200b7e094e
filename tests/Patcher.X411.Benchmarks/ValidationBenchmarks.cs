using BenchmarkDotNet.Attributes;
using Patcher.X411.Benchmarks.AsnReaderBaseline;
using Patcher.X411.Benchmarks.Corpus;
using Patcher.X411.Decoding;

namespace Patcher.X411.Benchmarks;

/// <summary>Validate-only: what the patched MTA does with every inbound APDU before relaying it.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    [ParamsSource(nameof(Corpus))]
    public object Apdu { get; set; } = null!;

    public static IEnumerable<object> Corpus => P1Corpus.Workload;

    private byte[] Bytes => ((CorpusApdu)Apdu).Bytes;

    [Benchmark(Baseline = true)]
    public bool AsnReaderValidate() => AsnReaderP1Decoder.Validate(Bytes);

    [Benchmark]
    public bool EngineValidate() => P1Decoder.Validate(Bytes).IsValid;
}
