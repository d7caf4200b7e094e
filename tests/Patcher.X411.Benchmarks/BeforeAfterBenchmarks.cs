using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Patcher.X411.Benchmarks.Corpus;
using Patcher.X411.Decoding;
using Patcher.X411.Model;
using Before = Patcher.X411.Tests.Oracle.P1Decoder;

namespace Patcher.X411.Benchmarks;

/// <summary>The engine against itself as it was before issue 13's work (the tests' reference oracle), in one run.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class BeforeAfterBenchmarks
{
    [ParamsSource(nameof(Corpus))]
    public object Apdu { get; set; } = null!;

    public static IEnumerable<object> Corpus => P1Corpus.Workload;

    private byte[] Bytes => ((CorpusApdu)Apdu).Bytes;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Validate")]
    public bool BeforeValidate() => Before.Validate(Bytes).IsValid;

    [Benchmark]
    [BenchmarkCategory("Validate")]
    public bool EngineValidate() => P1Decoder.Validate(Bytes).IsValid;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Decode")]
    public MtsApdu? BeforeDecode() => Before.Decode(Bytes).Apdu;

    [Benchmark]
    [BenchmarkCategory("Decode")]
    public MtsApdu? EngineDecode() => P1Decoder.Decode(Bytes).Apdu;
}
