using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Patcher.X411.Benchmarks;

/// <summary>MB/s (10^6 bytes per second): the APDU's size over the mean time per operation.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: APDU bytes decoded per second, in 10^6 bytes";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var apdu = benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<Corpus.CorpusApdu>().FirstOrDefault();
        if (report?.ResultStatistics is not { } statistics || apdu is null)
        {
            return "-";
        }

        var seconds = statistics.Mean / 1e9;
        return (apdu.Bytes.Length / seconds / 1e6).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
