using System;
using System.IO;
using System.Linq;
using Izyum;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>RDF read back through the loader: export then import gives an equal graph; bad RDF is refused whole, located.</summary>
public sealed class RdfImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-rdf-in-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(RdfFormat.Turtle, "ttl")]
    [InlineData(RdfFormat.NTriples, "nt")]
    public void Export_then_import_gives_an_equal_graph(RdfFormat format, string extension)
    {
        var data = Path.Combine(RepositoryRoot.Path, "samples", "data");
        File.Copy(Path.Combine(data, "kupiansk-note.txt"), Path.Combine(_folder, "kupiansk-note.txt"));
        var first = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        Assert.True(first.Load(Path.Combine(data, "kupiansk.kg.yaml")).Succeeded);
        var original = first.Builder.Build();
        var file = Path.Combine(_folder, "graph." + extension);
        using (var stream = File.Create(file))
        {
            RdfExport.WriteGraph(original, IzyumGraph.Schema, stream, format);
        }

        var second = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = second.LoadRdf(file);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Describe(original), Describe(second.Builder.Build()));
    }

    [Fact]
    public void Bad_turtle_is_KG0032_where_reading_stopped_and_adds_nothing()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var before = loader.Builder.EntityCount;
        var result = loader.LoadRdfText(Path.Combine(_folder, "bad.ttl"), "@prefix id: <http://example.org/kg/id/> .\nid:x a <http://example.org/kg/schema/Settlement>\n  ;; .\nid:y", RdfFormat.Turtle);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("KG0032", error.Id);
        Assert.Equal(4, error.Span.StartLine);
        Assert.Equal(before, loader.Builder.EntityCount);
    }

    [Fact]
    public void Triples_that_fit_no_shape_are_KG0033_and_checks_of_the_language_apply_at_their_line_and_column()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var text = string.Join("\n",
            "@prefix id: <http://example.org/kg/id/> .",
            "@prefix ont: <http://example.org/kg/schema/> .",
            "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
            "id:kupiansk a ont:Settlement ; <http://www.w3.org/2000/01/rdf-schema#label> \"Kupiansk\" ; foaf:name \"K\" .",
            "id:balakliia a ont:Setlement .",
            "id:borova a ont:Settlement ; ont:Settlement.population \"many\" .");
        var result = loader.LoadRdfText(Path.Combine(_folder, "odd.ttl"), text, RdfFormat.Turtle);
        Assert.False(result.Succeeded);
        Assert.Equal(
            new[] { ("KG0004", 6, 56), ("KG0005", 5, 16), ("KG0033", 4, 100) },
            result.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn)).Order());
        Assert.Null(loader.Builder.Find("kupiansk"));
    }

    /// <summary>A graph as comparable text: each entity with its values, each fact with its time, origin and quotes, documents, omissions.</summary>
    private static string Describe(Graph graph) => string.Join("\n",
        graph.Documents.Select(d => $"document {d.Id} {d.Path} {d.Title} {d.Published} {d.Text?.Length}")
            .Concat(graph.Entities.Select(e => $"{e.TypeName} {e.Id} '{e.Name}' [{string.Join(", ", e.Aliases)}] {e.Doc} "
                + string.Join(", ", e.PropertyValues.Select(v => $"{v.Property}={(v.Value is Entity x ? x.Id : v.Value)}"))
                + (e is Event ev ? $" {ev.Time} " + string.Join(", ", ev.Roles.Select(r => $"{r.Role}={r.Participant.Id}")) : string.Empty)
                + " " + string.Join(" | ", e.Sources.Select(s => $"{s.Document.Id}@{s.Offset}:{s.Quote}"))))
            .Concat(graph.AllFacts.Select(f => $"{f.SubjectEntity.Id} {f.Relation.Name} {f.ObjectEntity.Id} {f.Time} {f.Origin} {f.Details.ImpliedBy?.Id} {f.Details.EndedBy?.Id} "
                + string.Join(" | ", f.Sources.Select(s => $"{s.Document.Id}@{s.Offset}:{s.Quote}"))).Order(StringComparer.Ordinal))
            .Concat(graph.Omissions.Select(o => o.ToString())));
}
