using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Benchmarks.Binding;

/// <summary>
/// Binding a data file whose facts all name an entity that is not there (each a near miss of a declared one, so "did you
/// mean" has work to do), against the same file with every name right. Suggestions once cost the product of the two
/// counts (2,000 misspelt names: 10 s; 10,000: 226 s); the goal is a ratio that stays small and level as the file grows.
/// </summary>
public class MisspeltReferenceBenchmarks
{
    private const string Schema = "namespace: S\ntypes:\n  Node: { is: Place }\nrelations:\n  near: { from: Place, to: Place }\n";

    private OntologyFileSyntax[] _right = null!;
    private OntologyFileSyntax[] _misspelt = null!;

    [Params(2_000, 10_000)]
    public int References { get; set; } = 2_000;

    [GlobalSetup]
    public void Setup()
    {
        _right = Files(misspelt: false);
        _misspelt = Files(misspelt: true);
        if (Binder.Bind(_right, new NoDocuments()).Diagnostics.Any() || Binder.Bind(_misspelt, new NoDocuments()).Diagnostics.Count(d => d.Id == "KG0007") != References)
        {
            throw new System.InvalidOperationException("The files do not bind as intended.");
        }
    }

    [Benchmark(Baseline = true)]
    public object RightNames() => Binder.Bind(_right, new NoDocuments());

    [Benchmark]
    public object MisspeltNames() => Binder.Bind(_misspelt, new NoDocuments());

    private OntologyFileSyntax[] Files(bool misspelt)
    {
        var data = new StringBuilder("namespace: D\nentities:\n");
        for (var i = 0; i < References; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  entity{i}: {{ type: Node }}\n");
        }

        data.Append("facts:\n");
        for (var i = 0; i < References; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  - entity{i} near {(misspelt ? "entitx" : "entity")}{i}\n");
        }

        return new[] { OntologyFileParser.Parse("/schema.kg.yaml", Schema), OntologyFileParser.Parse("/data.kg.yaml", data.ToString()) };
    }

    private sealed class NoDocuments : IDocumentSource
    {
        public string? GetText(string path) => null;

        public string Missing(string path) => string.Empty;

        public (string Problem, string Allowed)? Refuse(string dataFile, string written) => null;
    }
}
