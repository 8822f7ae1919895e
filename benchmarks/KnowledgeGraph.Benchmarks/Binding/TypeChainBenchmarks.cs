using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Syntax;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Benchmarks.Binding;

/// <summary>
/// Declaring a schema whose types form one <c>is</c> chain (each type a property every hundredth step), against
/// YamlDotNet's parse of the same text. The goal: 2,000 types in 0.2 s, and time that grows in proportion to the
/// length (compare the ratios across the sizes: they should stay level).
/// </summary>
public class TypeChainBenchmarks
{
    private string _text = string.Empty;
    private OntologyFileSyntax _syntax = null!;

    [Params(500, 1_000, 2_000)]
    public int Types { get; set; } = 2_000;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("namespace: Chain\ntypes:\n  T0: { is: Place, properties: { p0: int? } }\n");
        for (var i = 1; i < Types; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  T{i}: {{ is: T{i - 1}{(i % 100 == 0 ? $", properties: {{ p{i}: int? }}" : string.Empty)} }}\n");
        }

        _text = text.ToString();
        _syntax = DeclarationBinder.Declarations(OntologyFileParser.Parse("/chain.kg.yaml", _text));
        if (DeclarationBinder.Declare(new[] { _syntax }).Diagnostics.Any())
        {
            throw new System.InvalidOperationException("The chain does not bind cleanly.");
        }
    }

    [Benchmark(Baseline = true)]
    public YamlStream YamlDotNetParse() => YamlBaseline.Parse(_text);

    [Benchmark]
    public object Declare() => DeclarationBinder.Declare(new[] { _syntax });
}
