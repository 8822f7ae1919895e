using BenchmarkDotNet.Attributes;
using Bench;

namespace KnowledgeGraph.Benchmarks.Graphs;

/// <summary>
/// Many facts between the same two entities (a place that changed hands every year, or data made to be slow): building
/// the graph merges facts stated twice, and must not walk every earlier fact of the pair for each new one. The baseline
/// gives each fact a pair of its own; the goal is a ratio that stays flat as the count grows (it grew with the count,
/// to 139x at 20,000, while each fact walked the pair's earlier ones; docs/benchmarks.md). The same holds when every
/// fact merges into one, each bringing a source of its own.
/// </summary>
public class OnePairBenchmarks
{
    private Item[] _items = null!;

    [Params(2_000, 20_000)]
    public int Facts { get; set; } = 2_000;

    [GlobalSetup]
    public void Setup()
    {
        _items = new Item[Facts + 1];
        for (var i = 0; i < _items.Length; i++)
        {
            _items[i] = new Item { Id = "i" + i, Name = "i" + i };
        }
    }

    [Benchmark(Baseline = true)]
    public Graph EachFactItsOwnPair() => Build(i => _items[i + 1]);

    [Benchmark]
    public Graph EveryFactBetweenOnePair() => Build(_ => _items[1]);

    /// <summary>The same fact stated again and again, each time from another passage: all merge into one with every source.</summary>
    [Benchmark]
    public Graph OneFactStatedByEveryPassage()
    {
        var builder = new GraphBuilder();
        foreach (var item in _items)
        {
            builder.Add(item);
        }

        var report = new DocumentInfo("report", "report.txt", null, null);
        for (var i = 0; i < Facts; i++)
        {
            builder.Add(new Link01(_items[0], _items[1], new FactDetails(Sources: [new SourceRef(report, "passage " + i, i, 8, 1, i + 1)])));
        }

        return builder.Build();
    }

    private Graph Build(System.Func<int, Item> @object)
    {
        var builder = new GraphBuilder();
        foreach (var item in _items)
        {
            builder.Add(item);
        }

        for (var i = 0; i < Facts; i++)
        {
            // A distinct day for each fact, so none merges: the cost is the search for one to merge into.
            var date = new System.DateOnly(1000, 1, 1).AddDays(i);
            var day = TimeExtent.On(new PartialDate(date.Year, date.Month, date.Day));
            builder.Add(new Link01(_items[0], @object(i), new FactDetails(day)));
        }

        return builder.Build();
    }
}
