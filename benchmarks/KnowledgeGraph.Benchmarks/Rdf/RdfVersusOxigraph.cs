using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Bench;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Benchmarks.Rdf;

/// <summary>
/// Our N-Triples import and export of the synthetic graph beside Oxigraph's load and dump of the same file (npm
/// <c>oxigraph</c>, run by node from <c>benchmarks/tools</c>), in one run on one machine: the median of three timed runs
/// after a warm-up each, and the peak of the managed heap during an import and an export against the file's size.
/// Run with <c>-- --rdf-vs-oxigraph [facts]</c> after <c>npm ci --prefix benchmarks/tools</c>.
/// </summary>
public static class RdfVersusOxigraph
{
    public static int Run(int facts)
    {
        var graph = RdfFiles.Graph(facts);
        var path = RdfFiles.WriteNTriples(graph, facts);
        var bytes = new FileInfo(path).Length;
        var megabytes = bytes / 1e6;
        var export = Median(() => RdfFiles.WriteNTriples(graph, facts));
        var import = Median(() => RdfFiles.Import(path));
        var parse = Median(() => Parse(path));
        var exportPeak = PeakAbove(() => RdfFiles.WriteNTriples(graph, facts));
        var importPeak = PeakAbove(() => RdfFiles.Import(path));
        var importLive = LivePeakAbove(() => RdfFiles.Import(path));
        var exportLive = LivePeakAbove(() => RdfFiles.WriteNTriples(graph, facts));
        var retained = Retained(() => RdfFiles.Import(path));
        var oxigraph = Oxigraph(path);
        var triples = File.ReadLines(path).Count();

        // The text grows, the graph does not: every line written twice (RDF is a set). What an import holds while it
        // streams should not grow with it.
        var twice = Path.ChangeExtension(path, ".twice.nt");
        File.WriteAllLines(twice, File.ReadLines(path).SelectMany(line => new[] { line, line }));
        var twiceLive = LivePeakAbove(() => RdfFiles.Import(twice));
        var twiceMegabytes = new FileInfo(twice).Length / 1e6;
        File.Delete(twice);

        var loader = new GraphLoader(BenchGraph.Schema, new GraphBuilder(), RdfFiles.Unlimited);
        loader.LoadRdf(path);
        var reading = loader.LastRdfReading!.Value;

        Console.WriteLine($"N-Triples of {facts:N0} facts: {triples:N0} triples, {megabytes:F1} MB ({path})");
        Console.WriteLine();
        Console.WriteLine("| | time | MB/s | against Oxigraph |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Row("KnowledgeGraph import (parse, check, build the graph)", import, megabytes, oxigraph.LoadMs);
        Row("KnowledgeGraph N-Triples parse alone (the floor of an import)", parse, megabytes, oxigraph.LoadMs);
        Row("Oxigraph load into an in-memory store", oxigraph.LoadMs, megabytes, oxigraph.LoadMs);
        Row("KnowledgeGraph export to a file", export, megabytes, oxigraph.DumpMs);
        Row("Oxigraph dump to a string", oxigraph.DumpMs, megabytes, oxigraph.DumpMs);
        Console.WriteLine();
        Console.WriteLine($"Managed heap peak above the start: import {importPeak.Sampled / 1e6:F0} MB, export {exportPeak.Sampled / 1e6:F1} MB, for a {megabytes:F1} MB file; Oxigraph's process peaked at {oxigraph.PeakRssMB:F0} MB resident.");
        Console.WriteLine($"The highest heap a collection left (no young-generation budget in it): import {importPeak.AfterCollection / 1e6:F0} MB, export {exportPeak.AfterCollection / 1e6:F1} MB.");
        Console.WriteLine($"What is alive at most (a full collection before each sample): import {importLive / 1e6:F0} MB, export {exportLive / 1e6:F1} MB.");
        Console.WriteLine($"The imported graph keeps {retained / 1e6:F0} MB: the import's peak is {(double)importPeak.Sampled / retained:F2} times what it keeps, {(double)importPeak.AfterCollection / retained:F2} times after a collection, and what it keeps alive at most {(double)importLive / retained:F2} times.");
        Console.WriteLine($"While it read the file, the import held at most {reading.MostBlocksHeld} blocks of 64 kB of triples ({reading.Triples:N0} triples).");
        Console.WriteLine($"The same file with every line written twice ({twiceMegabytes:F1} MB, the same graph): alive at most {twiceLive / 1e6:F0} MB, against {importLive / 1e6:F0} MB once ({(double)twiceLive / importLive:F2} times).");
        return 0;
    }

    private static object Parse(string path)
    {
        using var text = new StreamReader(path);
        var count = 0;
        foreach (var _ in new NTriplesReader(text).ReadTriples())
        {
            count++;
        }

        return count;
    }

    private static void Row(string what, double ms, double megabytes, double oxigraphMs) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {ms:F0} ms | {megabytes / (ms / 1000):F1} | {ms / oxigraphMs:F2}x |"));

    private static double Median(Func<object> action)
    {
        action();
        var times = Enumerable.Range(0, 3).Select(_ =>
        {
            var stopwatch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            return stopwatch.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        return times[1];
    }

    /// <summary>
    /// The highest managed heap seen while <paramref name="action"/> ran, above the heap before it; and the highest a
    /// collection left, which leaves out the garbage the young generation's budget lets pile up between collections.
    /// </summary>
    private static (long Sampled, long AfterCollection) PeakAbove(Func<object> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sampler = HeapSampler.Begin();
        GC.KeepAlive(action());
        return (sampler.PeakAbove, sampler.PeakAfterCollectionAbove);
    }

    /// <summary>The most that was alive while <paramref name="action"/> ran, above what was alive before it.</summary>
    private static long LivePeakAbove(Func<object> action)
    {
        using var sampler = HeapSampler.BeginLive();
        GC.KeepAlive(action());
        return sampler.PeakAbove;
    }

    /// <summary>What the result of <paramref name="make"/> keeps alive: the heap with it, less the heap before it.</summary>
    private static long Retained(Func<object> make)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var kept = make();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return after - before;
    }

    private static (double LoadMs, double DumpMs, double PeakRssMB) Oxigraph(string path)
    {
        var tools = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "tools"));
        var script = Path.Combine(tools, "oxigraph-load.mjs");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "oxigraph")))
        {
            throw new InvalidOperationException($"Oxigraph is not installed: run npm ci --prefix {tools}");
        }

        var start = new ProcessStartInfo("node", [script, path, "3"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("Oxigraph failed: " + errors);
        }

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        return (root.GetProperty("loadMs").GetDouble(), root.GetProperty("dumpMs").GetDouble(), root.GetProperty("peakRssMB").GetDouble());
    }
}
