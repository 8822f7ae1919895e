using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Benchmarks.Loading;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;
using YamlStream = YamlDotNet.RepresentationModel.YamlStream;

namespace KnowledgeGraph.Benchmarks.Yaml;

/// <summary>
/// Reading the benchmarks' large data file into the located node tree with each of the two YAML parsers, against
/// YamlDotNet's own parse into its representation model. The simple parser's time includes its first reading, which
/// decides that the text is in its shape.
/// </summary>
public class YamlReadingBenchmarks : IHasInputBytes
{
    private string _text = string.Empty;

    [Params(100_000)]
    public int Items { get; set; } = 100_000;

    public long InputBytes => Encoding.UTF8.GetByteCount(_text);

    [GlobalSetup]
    public void Setup() => _text = DataFile.Create(Items, facts: 2 * Items);

    [Benchmark(Baseline = true)]
    public YamlStream YamlDotNetParse() => YamlBaseline.Parse(_text);

    [Benchmark]
    public object? TreeWithYamlDotNetParser() => Read(YamlParsers.YamlDotNet);

    [Benchmark]
    public object? TreeWithSimpleParser() => Read(YamlParsers.SimpleOnly);

    private object? Read(YamlParsers parsers) =>
        YamlTreeReader.Read("bench.kg.yaml", _text, YamlLimits.Default with { MaxNodes = int.MaxValue }, new List<KgDiagnostic>(), new StringPool(), sink: null, parsers);
}
