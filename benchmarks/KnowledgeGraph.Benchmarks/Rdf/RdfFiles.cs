using System;
using System.IO;
using Bench;
using KnowledgeGraph.Benchmarks.Loading;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Benchmarks.Rdf;

/// <summary>The synthetic data of the loading benchmarks as a graph, and that graph written as N-Triples to a temporary file.</summary>
internal static class RdfFiles
{
    public static readonly LoaderOptions Unlimited = new(MaxFileBytes: 1L << 30, MaxNodes: int.MaxValue, MaxLoadBytes: 1L << 31);

    /// <summary>A graph of <paramref name="facts"/> facts between <paramref name="facts"/> / 2 items (and their sites, regions and incidents).</summary>
    public static Graph Graph(int facts)
    {
        var loader = new GraphLoader(BenchGraph.Schema, new GraphBuilder(), Unlimited);
        var result = loader.LoadText("/data/rdf-bench.kg.yaml", DataFile.Create(facts / 2, facts));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The benchmark data does not load: " + string.Join("\n", result.Diagnostics));
        }

        return loader.Builder.Build();
    }

    public static string WriteNTriples(Graph graph, int facts)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-rdf-bench-{facts}.nt");
        using var stream = File.Create(path);
        RdfExport.WriteGraph(graph, BenchGraph.Schema, stream, RdfFormat.NTriples);
        return path;
    }

    /// <summary>Loads the file into an empty graph; throws when it does not load cleanly.</summary>
    public static Graph Import(string path)
    {
        var loader = new GraphLoader(BenchGraph.Schema, new GraphBuilder(), Unlimited);
        var result = loader.LoadRdf(path);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The N-Triples do not load back: " + string.Join("\n", result.Diagnostics));
        }

        return loader.Builder.Build();
    }
}
