using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Patcher.X411.Benchmarks;

/// <summary>
/// ShortRun-sized job (3 warm-ups, 5 iterations) run in process: no generated project to build, which on a 2-core
/// machine could take longer than BenchmarkDotNet's 2-minute build timeout. With memory, a MB/s column and a ratio to
/// the AsnReader baseline. Command-line options (<c>--job</c>, <c>--filter</c>) still apply.
/// </summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn());
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddExporter(MarkdownExporter.GitHub);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        HideColumns(Column.Error, Column.StdDev, Column.Gen0, Column.Gen1, Column.Gen2, Column.RatioSD, Column.AllocRatio);
    }
}
