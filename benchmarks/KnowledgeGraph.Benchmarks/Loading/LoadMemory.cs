using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Bench;
using KnowledgeGraph.Benchmarks.Infrastructure;

namespace KnowledgeGraph.Benchmarks.Loading;

/// <summary>
/// What a large load costs in memory, in a fresh process: the peak of the managed heap while a data file is loaded
/// and its graph built, above what the process held before, against what the built graph keeps. The goal: the peak
/// at most twice what is kept. Run with <c>-- --load-memory [items]</c>.
/// </summary>
public static class LoadMemory
{
    public static int Run(int items)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-load-memory-{items}.kg.yaml");
        Write(path, items);
        var bytes = new FileInfo(path).Length;
        _ = BenchGraph.Schema.FindCompiled("none"); // the compiled schema and data are read before the baseline
        using var sampler = HeapSampler.Begin();
        var before = sampler.Start;
        var stopwatch = Stopwatch.StartNew();
        var (graph, result) = LoadAndBuild(path);
        stopwatch.Stop();
        var peakAbove = sampler.PeakAbove;
        var afterCollection = sampler.PeakAfterCollectionAbove;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        // The graph builds each index at the first query that needs it: what it keeps once every index is built.
        _ = (graph.FindAll("none"), graph.All<Entity>().Count(), graph.Relations.Count, graph.OutFacts(graph.Entities[0]).Count());
        var indexed = GC.GetTotalMemory(forceFullCollection: true) - before;
        var (entities, facts) = (graph.Entities.Count, graph.AllFacts.Count);
        GC.KeepAlive(graph);
        graph = null!;

        // Again, sampling what is alive (a full collection before each sample): the peak without any garbage in it.
        long live;
        using (var liveSampler = HeapSampler.BeginLive())
        {
            GC.KeepAlive(LoadAndBuild(path));
            live = liveSampler.PeakAbove;
        }

        File.Delete(path);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result);
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {items:N0} items, {entities:N0} entities and events, {facts:N0} facts | {bytes / 1048576.0:F1} MB | {stopwatch.Elapsed.TotalSeconds:F2} s | {peakAbove / 1048576.0:F0} MB | {retained / 1048576.0:F0} MB | {(double)peakAbove / retained:F2} | {indexed / 1048576.0:F0} MB | {(double)peakAbove / indexed:F2} | {afterCollection / 1048576.0:F0} MB | {(double)afterCollection / indexed:F2} | {live / 1048576.0:F0} MB | {(double)live / indexed:F2} |"));
        return 0;
    }

    /// <summary>
    /// The load and the build, in a frame of their own: this code runs unoptimised, and such a frame keeps every value it
    /// held alive to its end, which kept the loader (and its symbol table) alive in what the graph was said to retain.
    /// </summary>
    private static (Graph Graph, LoadResult Result) LoadAndBuild(string path)
    {
        var loader = new GraphLoader(BenchGraph.Schema, new GraphBuilder(), new LoaderOptions(MaxFileBytes: 1L << 30, MaxNodes: int.MaxValue, MaxLoadBytes: 1L << 31));
        var result = loader.Load(path);
        return (loader.Builder.Build(), result);
    }

    /// <summary>Writes the file in a frame of its own, so that its text is not kept alive through the load (this code runs unoptimised).</summary>
    private static void Write(string path, int items) => File.WriteAllText(path, DataFile.Create(items, facts: 2 * items));
}
