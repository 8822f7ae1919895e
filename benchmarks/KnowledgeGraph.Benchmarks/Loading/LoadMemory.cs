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
    public static int Run(int items) => Run(items, cap: null);

    /// <summary>
    /// With <paramref name="cap"/>, also loads the file again in a child process whose managed heap is capped at that
    /// many times what the indexed graph keeps (<c>DOTNET_GCHeapHardLimit</c>, the runtime's supported limit, and what a
    /// container's memory limit sets): whether the load completes there, in what time, and its sampled peak.
    /// </summary>
    public static int Run(int items, double? cap)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-load-memory-{items}.kg.yaml");
        Write(path, items);
        var bytes = new FileInfo(path).Length;
        var (graph, result, before, elapsed, peakAbove, afterCollection) = LoadSampled(path);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        BuildEveryIndex(graph);
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

        if (!result.Succeeded)
        {
            File.Delete(path);
            Console.Error.WriteLine(result);
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {items:N0} items, {entities:N0} entities and events, {facts:N0} facts | {bytes / 1048576.0:F1} MB | {elapsed.TotalSeconds:F2} s | {peakAbove / 1048576.0:F0} MB | {retained / 1048576.0:F0} MB | {(double)peakAbove / retained:F2} | {indexed / 1048576.0:F0} MB | {(double)peakAbove / indexed:F2} | {afterCollection / 1048576.0:F0} MB | {(double)afterCollection / indexed:F2} | {live / 1048576.0:F0} MB | {(double)live / indexed:F2} |"));
        var capped = cap is { } factor ? RunCapped(path, items, (long)(factor * indexed) + before, factor) : 0;
        File.Delete(path);
        return capped;
    }

    /// <summary>Loads the file written by the parent in a process capped at <paramref name="limit"/> bytes of managed heap.</summary>
    private static int RunCapped(string path, int items, long limit, double factor)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            // Run as "dotnet KnowledgeGraph.Benchmarks.dll": the child needs the assembly; an apphost needs nothing.
            start.ArgumentList.Add(typeof(LoadMemory).Assembly.Location);
        }

        start.ArgumentList.Add("--load-memory-capped");
        start.ArgumentList.Add(path);
        start.Environment["DOTNET_GCHeapHardLimit"] = limit.ToString("X", CultureInfo.InvariantCulture);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        var error = child.StandardError.ReadToEnd();
        child.WaitForExit();
        var outcome = child.ExitCode == 0 ? output.Trim() : "did not complete: " + (error.Trim().Length > 0 ? error.Trim() : $"exit code {child.ExitCode}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {items:N0} items, managed heap capped at {factor:0.##}x the indexed graph ({limit / 1048576.0:F0} MB) | {outcome} |"));
        return child.ExitCode == 0 ? 0 : 1;
    }

    /// <summary>
    /// The child of <see cref="RunCapped"/>: one load of <paramref name="path"/> and its build, with the peak sampled, in
    /// a process whose heap limit its parent set. Prints the time, the sampled peak and what the graph keeps.
    /// </summary>
    public static int RunOnce(string path)
    {
        var (graph, result, before, elapsed, peakAbove, _) = LoadSampled(path);
        BuildEveryIndex(graph);
        var indexed = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(graph);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result);
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"completed in {elapsed.TotalSeconds:F2} s; peak sampled {peakAbove / 1048576.0:F0} MB above the start, {(double)peakAbove / indexed:F2}x the indexed graph ({indexed / 1048576.0:F0} MB); {GC.CollectionCount(2)} full collections"));
        return 0;
    }

    /// <summary>
    /// One load and build with the managed heap sampled throughout: the graph, the load's result, the heap before it,
    /// its time, its sampled peak and the highest heap a collection left (both above the heap before).
    /// </summary>
    private static (Graph Graph, LoadResult Result, long Before, TimeSpan Elapsed, long PeakAbove, long PeakAfterCollectionAbove) LoadSampled(string path)
    {
        _ = BenchGraph.Schema.FindCompiled("none"); // the compiled schema and data are read before the baseline
        using var sampler = HeapSampler.Begin();
        var stopwatch = Stopwatch.StartNew();
        var (graph, result) = LoadAndBuild(path);
        stopwatch.Stop();
        return (graph, result, sampler.Start, stopwatch.Elapsed, sampler.PeakAbove, sampler.PeakAfterCollectionAbove);
    }

    /// <summary>The graph builds each index at the first query that needs it: these queries build them all, for what it keeps with every index.</summary>
    private static void BuildEveryIndex(Graph graph) =>
        _ = (graph.FindAll("none"), graph.All<Entity>().Count(), graph.Relations.Count, graph.OutFacts(graph.Entities[0]).Count());

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
