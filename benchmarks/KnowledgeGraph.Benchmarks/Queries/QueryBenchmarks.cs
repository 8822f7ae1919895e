using System;
using System.Collections.Generic;
using System.Linq;
using Bench;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KnowledgeGraph.Benchmarks.Graphs;
using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Benchmarks.Queries;

/// <summary>
/// Each query twice over the same graph: written by hand over the bare QuikGraph graph (the baseline: walk the
/// vertex's edges, filter by label or date), and with the typed, indexed API. Goal: at least 10x on the hub, never slower.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private QueryFixture _fixture = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = QueryFixture.Create();
        Same("hub objects", HubObjects_ScanAndFilter().Select(n => n.Id), HubObjects_Typed().Select(e => e.Id));
        Same("hub facts", HubFacts_ScanAndFilter().Select(e => e.Target.Id), HubFacts_Typed().Select(f => f.Object.Id));
        Same("closure", Closure_ScanAndFilter().Select(n => n.Id), Closure_Typed().Select(e => e.Id));
        Same("events", EventsIn_ScanAndFilter().Select(n => n.Id), EventsIn_Typed().Select(e => e.Id));
        Same("path length", new[] { ShortestPath_QuikGraph()!.Count.ToString() }, new[] { ShortestPath_Typed()!.Count.ToString() });
    }

    [Benchmark(Baseline = true), BenchmarkCategory("HubObjects")]
    public List<BareNode> HubObjects_ScanAndFilter() =>
        _fixture.Bare.OutEdges(_fixture.Hub.Bare).Where(e => e.Tag == "link07").Select(e => e.Target).Distinct().ToList();

    [Benchmark, BenchmarkCategory("HubObjects")]
    public List<IPlace> HubObjects_Typed() => _fixture.Typed.Link07(_fixture.Hub.Typed).ToList();

    [Benchmark(Baseline = true), BenchmarkCategory("HubFacts")]
    public List<TaggedEdge<BareNode, string>> HubFacts_ScanAndFilter() =>
        _fixture.Bare.OutEdges(_fixture.Hub.Bare).Where(e => e.Tag == "link07").ToList();

    [Benchmark, BenchmarkCategory("HubFacts")]
    public List<Link07> HubFacts_Typed() => _fixture.Typed.Out<Link07>(_fixture.Hub.Typed).ToList();

    [Benchmark(Baseline = true), BenchmarkCategory("Closure")]
    public List<BareNode> Closure_ScanAndFilter()
    {
        var found = new List<BareNode>();
        var seen = new HashSet<BareNode> { _fixture.ChainStart.Bare };
        var queue = new Queue<BareNode>();
        queue.Enqueue(_fixture.ChainStart.Bare);
        while (queue.Count > 0)
        {
            foreach (var edge in _fixture.Bare.OutEdges(queue.Dequeue()))
            {
                if (edge.Tag == "partOf" && seen.Add(edge.Target))
                {
                    found.Add(edge.Target);
                    queue.Enqueue(edge.Target);
                }
            }
        }

        return found;
    }

    [Benchmark, BenchmarkCategory("Closure")]
    public IReadOnlyList<Entity> Closure_Typed() => _fixture.Typed.Closure<PartOf>(_fixture.ChainStart.Typed);

    [Benchmark(Baseline = true), BenchmarkCategory("EventsIn")]
    public List<BareNode> EventsIn_ScanAndFilter()
    {
        var places = new HashSet<BareNode> { _fixture.Region.Bare };
        var queue = new Queue<BareNode>(places);
        while (queue.Count > 0)
        {
            foreach (var edge in _fixture.Bare.InEdges(queue.Dequeue()))
            {
                if (edge.Tag == "partOf" && places.Add(edge.Source))
                {
                    queue.Enqueue(edge.Source);
                }
            }
        }

        return places
            .SelectMany(place => _fixture.Bare.InEdges(place))
            .Select(edge => edge.Source)
            .Where(node => node.Date is { } day && day >= QueryFixture.From && day <= QueryFixture.To)
            .Distinct()
            .OrderBy(node => node.Date)
            .ThenBy(node => node.Id, StringComparer.Ordinal)
            .ToList();
    }

    [Benchmark, BenchmarkCategory("EventsIn")]
    public List<Event> EventsIn_Typed() => _fixture.Typed.EventsIn(_fixture.Region.Typed, QueryFixture.From, QueryFixture.To).ToList();

    [Benchmark(Baseline = true), BenchmarkCategory("ShortestPath")]
    public List<TaggedEdge<BareNode, string>>? ShortestPath_QuikGraph()
    {
        var undirected = new UndirectedBidirectionalGraph<BareNode, TaggedEdge<BareNode, string>>(_fixture.Bare);
        var paths = undirected.ShortestPathsDijkstra(_ => 1.0, _fixture.Hub.Bare);
        return paths(_fixture.Country.Bare, out var path) ? path.ToList() : null;
    }

    [Benchmark, BenchmarkCategory("ShortestPath")]
    public IReadOnlyList<Fact>? ShortestPath_Typed() => _fixture.Typed.ShortestPath(_fixture.Hub.Typed, _fixture.Country.Typed);

    /// <summary>Both ways must give the same answer, or the comparison means nothing.</summary>
    private static void Same(string query, IEnumerable<string> byHand, IEnumerable<string> typed)
    {
        var (expected, actual) = (byHand.ToList(), typed.ToList());
        if (expected.Count == 0 || !expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException($"The {query} queries disagree: {expected.Count} by hand, {actual.Count} typed.");
        }
    }
}
