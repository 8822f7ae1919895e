using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>The two ways to run: measured (short jobs, a process per benchmark), and quick (each benchmark once, in process, not timed).</summary>
internal static class BenchmarkConfig
{
    public static IConfig Measured() => Common(DefaultConfig.Instance)
        .AddJob(Job.Default.WithId("Short").WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));

    /// <summary>For CI: proves every benchmark still runs, with every size, in minutes. Its figures mean nothing.</summary>
    public static IConfig Quick() => Common(DefaultConfig.Instance)
        .AddJob(Job.Dry.WithId("Quick").WithToolchain(InProcessEmitToolchain.Instance));

    private static ManualConfig Common(IConfig defaults) => ManualConfig.Create(defaults)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(RetainedBytesColumn.PerUnit, RetainedBytesColumn.Ratio, ThroughputColumn.Instance);
}
