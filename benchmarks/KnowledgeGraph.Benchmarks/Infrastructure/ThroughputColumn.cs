using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>A benchmark that reads an input of a known size.</summary>
public interface IHasInputBytes
{
    long InputBytes { get; }
}

/// <summary>Megabytes (10^6 bytes of UTF-8) of input per second of the mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    public static readonly IColumn Instance = new ThroughputColumn();

    private static readonly ConcurrentDictionary<string, long> Sizes = new();

    public string Id => "Throughput";

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes of input (UTF-8) per second of the mean time";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => typeof(IHasInputBytes).IsAssignableFrom(c.Descriptor.Type));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (!typeof(IHasInputBytes).IsAssignableFrom(benchmarkCase.Descriptor.Type) || summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        var bytes = Sizes.GetOrAdd(benchmarkCase.Parameters.FolderInfo, _ => ((IHasInputBytes)CaseInstance.Create(benchmarkCase)).InputBytes);
        return (bytes / 1e6 / (statistics.Mean / 1e9)).ToString("N1", CultureInfo.InvariantCulture);
    }
}
