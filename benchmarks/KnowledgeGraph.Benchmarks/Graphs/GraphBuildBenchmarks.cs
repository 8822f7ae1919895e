using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using QuikGraph;

namespace KnowledgeGraph.Benchmarks.Graphs;

/// <summary>
/// Builds the same graph from the same table of ids and facts: as a bare QuikGraph graph with string-labelled edges
/// (the baseline), and as a KnowledgeGraph graph of generated types through <see cref="GraphBuilder"/>. Each side
/// creates its own vertex and edge objects. The goal: within 1.5x of the bare graph's time and memory.
/// </summary>
public class GraphBuildBenchmarks : IRetainsResult
{
    private FactTable _table = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Facts { get; set; } = 10_000;

    public int RetainedUnits => Facts;

    [GlobalSetup]
    public void Setup() => _table = FactTable.Random(Facts);

    [Benchmark(Baseline = true)]
    public BidirectionalGraph<BareNode, TaggedEdge<BareNode, string>> BareQuikGraph() => BareGraph.Build(_table);

    [Benchmark]
    public Graph KnowledgeGraph() => TypedGraph.Build(_table);
}
