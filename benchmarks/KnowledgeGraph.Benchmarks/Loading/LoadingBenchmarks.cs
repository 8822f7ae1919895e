using System;
using System.Text;
using Bench;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Benchmarks.Loading;

/// <summary>
/// Loading a large data file against the compiled schema, against YamlDotNet's own parse of the same text into its
/// representation model (the floor: every load parses YAML first). Goal: our loading at least half as fast.
/// </summary>
public class LoadingBenchmarks : IHasInputBytes
{
    private const string Path = "/data/bench-data.kg.yaml";
    private string _text = string.Empty;
    private DataFileLoad _load = null!;

    [Params(20_000, 100_000)]
    public int Items { get; set; } = 20_000;

    public long InputBytes => Encoding.UTF8.GetByteCount(_text);

    [GlobalSetup]
    public void Setup()
    {
        _text = DataFile.Create(Items, facts: 2 * Items);
        _load = new DataFileLoad(BenchGraph.Schema);
        if (DataFileLoad.Problems(_load.Load(Path, _text)) is { } problems)
        {
            throw new InvalidOperationException("The benchmark data file does not load cleanly:\n" + problems);
        }
    }

    [Benchmark(Baseline = true)]
    public YamlStream YamlDotNetParse() => YamlBaseline.Parse(_text);

    [Benchmark]
    public object KnowledgeGraphLoad() => _load.Load(Path, _text);
}
