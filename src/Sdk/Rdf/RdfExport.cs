using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Writes a graph as RDF (N-Triples or Turtle) and its ontology as OWL (Turtle), streaming to the writer: memory does
/// not grow with the graph. The IRIs come from <see cref="RdfOptions.BaseIri"/>, by default the base the build set
/// (<c>KnowledgeGraphBaseIri</c>); <see cref="GraphLoader.LoadRdf(string, RdfFormat?, RdfOptions?, System.Threading.CancellationToken)"/> reads the same shapes back.
/// </summary>
public static class RdfExport
{
    /// <summary>Writes every document, entity, event, fact and omitted passage of <paramref name="graph"/>.</summary>
    public static void WriteGraph(Graph graph, OntologySchema schema, TextWriter text, RdfFormat format = RdfFormat.Turtle, RdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(text);
        var names = new RdfNames(options ?? schema.RdfOptions);
        using var writer = RdfWriter.Create(text, format, Prefixes(names));
        foreach (var triple in new GraphTriples(schema.Table, names).Of(graph))
        {
            writer.Write(triple);
        }
    }

    /// <summary>Writes the graph as UTF-8 (no byte order mark) to <paramref name="stream"/>, which stays open.</summary>
    public static void WriteGraph(Graph graph, OntologySchema schema, Stream stream, RdfFormat format = RdfFormat.Turtle, RdfOptions? options = null)
    {
        using var text = Utf8(stream);
        WriteGraph(graph, schema, text, format, options);
    }

    /// <summary>Writes the ontology of <paramref name="schema"/> as OWL.</summary>
    public static void WriteOntology(OntologySchema schema, TextWriter text, RdfFormat format = RdfFormat.Turtle, RdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(text);
        var names = new RdfNames(options ?? schema.RdfOptions);
        using var writer = RdfWriter.Create(text, format, Prefixes(names));
        foreach (var triple in new OntologyTriples(schema.Table.SchemaOnly(), names).Of())
        {
            writer.Write(triple);
        }
    }

    public static void WriteOntology(OntologySchema schema, Stream stream, RdfFormat format = RdfFormat.Turtle, RdfOptions? options = null)
    {
        using var text = Utf8(stream);
        WriteOntology(schema, text, format, options);
    }

    /// <summary>The graph's triples, for code that sends them elsewhere (a store's API, a filter).</summary>
    public static IEnumerable<RdfTriple> GraphTriples(Graph graph, OntologySchema schema, RdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(schema);
        return new GraphTriples(schema.Table, new RdfNames(options ?? schema.RdfOptions)).Of(graph);
    }

    /// <summary>The prefixes the Turtle exports declare, by the names they use.</summary>
    internal static (string Prefix, string Namespace)[] Prefixes(RdfNames names) => new[]
    {
        ("rdf", RdfVocabulary.Rdf),
        ("rdfs", RdfVocabulary.Rdfs),
        ("xsd", RdfVocabulary.Xsd),
        ("owl", RdfVocabulary.Owl),
        ("skos", RdfVocabulary.Skos),
        ("sem", RdfVocabulary.Sem),
        ("prov", RdfVocabulary.Prov),
        ("oa", RdfVocabulary.Oa),
        ("dcterms", RdfVocabulary.DcTerms),
        ("kg", RdfNames.Vocabulary),
        ("ont", names.Schema),
        ("id", names.Ids),
        ("doc", names.Documents),
    };

    private static StreamWriter Utf8(Stream stream) =>
        new(stream ?? throw new ArgumentNullException(nameof(stream)), new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
