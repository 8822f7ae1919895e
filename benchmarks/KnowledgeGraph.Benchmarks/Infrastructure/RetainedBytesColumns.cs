using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>A benchmark whose result is a structure that stays in memory; retained bytes are reported per unit (per fact).</summary>
public interface IRetainsResult
{
    /// <summary>What retained bytes are divided by: the number of facts.</summary>
    int RetainedUnits { get; }
}

/// <summary>
/// Retained bytes per unit: the growth of the live heap across one run of the benchmark with its result kept alive,
/// measured in the host process after the timed runs (a full collection before and after, so it does not depend on timing).
/// </summary>
public sealed class RetainedBytesColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, double> Measured = new();
    private readonly bool _ratio;

    private RetainedBytesColumn(bool ratio) => _ratio = ratio;

    public static readonly IColumn PerUnit = new RetainedBytesColumn(ratio: false);

    public static readonly IColumn Ratio = new RetainedBytesColumn(ratio: true);

    public string Id => _ratio ? "RetainedRatio" : "RetainedPerUnit";

    public string ColumnName => _ratio ? "Retained Ratio" : "Retained/fact";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _ratio ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => _ratio ? UnitType.Dimensionless : UnitType.Size;

    public string Legend => _ratio
        ? "Retained bytes of this benchmark over those of its baseline"
        : "Bytes that stay allocated per fact while the result is alive (measured once in the host process)";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => typeof(IRetainsResult).IsAssignableFrom(c.Descriptor.Type));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (!typeof(IRetainsResult).IsAssignableFrom(benchmarkCase.Descriptor.Type))
        {
            return "-";
        }

        var perUnit = PerUnitOf(benchmarkCase);
        if (!_ratio)
        {
            return perUnit.ToString("N1", CultureInfo.InvariantCulture) + " B";
        }

        var baseline = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Baseline && c.Descriptor.Type == benchmarkCase.Descriptor.Type && c.Parameters.FolderInfo == benchmarkCase.Parameters.FolderInfo);
        return baseline is null ? "?" : (perUnit / PerUnitOf(baseline)).ToString("N2", CultureInfo.InvariantCulture);
    }

    private static double PerUnitOf(BenchmarkCase benchmarkCase) =>
        Measured.GetOrAdd(benchmarkCase.Descriptor.WorkloadMethod.Name + "/" + benchmarkCase.Parameters.FolderInfo, _ => Measure(benchmarkCase));

    private static double Measure(BenchmarkCase benchmarkCase)
    {
        var instance = CaseInstance.Create(benchmarkCase);
        CaseInstance.Run(instance, benchmarkCase);  // once first, so that static and lazy state is not counted
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = CaseInstance.Run(instance, benchmarkCase);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        return (after - before) / (double)((IRetainsResult)instance).RetainedUnits;
    }
}
