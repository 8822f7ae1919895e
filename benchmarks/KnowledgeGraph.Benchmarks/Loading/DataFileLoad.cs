using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Benchmarks.Loading;

/// <summary>
/// How the loading benchmark loads a data file against the compiled schema. Until the SDK's run-time loader exists this
/// is the front end it will run (parse the file, bind it with the compiled ontology files); when it does, <see cref="Load"/>
/// becomes one line: <c>new GraphLoader(BenchGraph.Schema, new GraphBuilder()).LoadText(path, text)</c>.
/// </summary>
public sealed class DataFileLoad
{
    private readonly IReadOnlyList<OntologyFileSyntax> _schema;

    public DataFileLoad(OntologySchema schema) =>
        _schema = schema.Sources.Select(s => OntologyFileParser.Parse("/compiled/" + s.Path, s.Text)).ToList();

    public object Load(string path, string text) => Binder.Bind(_schema.Append(OntologyFileParser.Parse(path, text)), NoDocuments.Instance);

    /// <summary>The errors a load found, or null when there are none (checked once in setup, so a broken file never gets timed).</summary>
    public static string? Problems(object result) => result is BindingResult { HasErrors: true } bound
        ? string.Join("\n", bound.Diagnostics.Take(10))
        : null;

    private sealed class NoDocuments : IDocumentSource
    {
        public static readonly NoDocuments Instance = new();

        public string? GetText(string path) => null;
    }
}
