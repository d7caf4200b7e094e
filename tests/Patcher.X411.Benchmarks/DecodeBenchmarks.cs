using BenchmarkDotNet.Attributes;
using Patcher.X411.Benchmarks.AsnReaderBaseline;
using Patcher.X411.Benchmarks.Corpus;
using Patcher.X411.Decoding;
using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks;

/// <summary>Full decode to the model: what the agent and the NDR builder do.</summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    [ParamsSource(nameof(Corpus))]
    public object Apdu { get; set; } = null!;

    public static IEnumerable<object> Corpus => P1Corpus.Workload;

    private byte[] Bytes => ((CorpusApdu)Apdu).Bytes;

    [Benchmark(Baseline = true)]
    public MtsApdu? AsnReaderDecode() => AsnReaderP1Decoder.Decode(Bytes);

    [Benchmark]
    public MtsApdu? EngineDecode() => P1Decoder.Decode(Bytes).Apdu;
}
