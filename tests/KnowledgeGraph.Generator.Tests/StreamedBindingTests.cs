using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Tables;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>
/// Binding into a sink, as the run-time loader does: each record is handed over as it is bound, in the order of a data
/// table, the file's model keeps none, and the syntax of what is bound is dropped.
/// </summary>
public sealed class StreamedBindingTests
{
    private const string Schema = """
        namespace: Big
        types:
          Town:
            is: Place
            properties:
              population: int?
              twin: Town?
        relations:
          partOf: { from: Place, to: Place }
        """;

    private const string Data = """
        namespace: Big
        entities:
          north: { type: Town, population: 10, twin: south, partOf: west }
          south: { type: Town }
          west: { type: Town }
        facts:
          - south partOf west
          - north partOf south
        """;

    [Fact]
    public void A_sink_gets_what_the_model_would_hold_in_table_order_and_the_files_syntax_is_dropped()
    {
        var kept = Bind(Data, sink: null);
        var sink = new RecordingSink();

        var streamed = Bind(Data, sink, out var file);

        Assert.Equal(kept.Diagnostics, streamed.Diagnostics);
        Assert.True(streamed.Model!.IsEmpty);
        Assert.Equal(new[] { "file /data.kg.yaml" }
            .Concat(kept.Model!.Instances.Select(i => "instance " + i.Id))
            .Concat(kept.Model.Facts.Select(f => $"fact {f.Subject} {f.Relation} {f.Object}")), sink.Records);
        Assert.Equal(kept.Model.Instances, sink.Instances);
        Assert.Equal(kept.Model.Facts, sink.Facts);
        Assert.All(file.Entities, e => Assert.Null(e));
        Assert.All(file.Facts, f => Assert.Null(f));
    }

    [Fact]
    public void After_the_first_error_the_sink_gets_nothing_more_and_the_diagnostics_are_those_of_a_model()
    {
        const string data = """
            namespace: Big
            entities:
              north: { type: Town }
              south: { type: Nowhere }
              west: { type: Town }
            facts:
              - north partOf west
            """;
        var sink = new RecordingSink();

        var streamed = Bind(data, sink);

        Assert.Equal(new[] { "file /data.kg.yaml", "instance north" }, sink.Records);
        Assert.Equal(Bind(data, sink: null).Diagnostics, streamed.Diagnostics);
        Assert.Equal(("KG0005", 4), (streamed.Diagnostics.Single().Id, streamed.Diagnostics.Single().Span.StartLine));
    }

    [Fact]
    public void An_entity_that_names_a_later_one_whose_declaration_is_broken_is_not_handed_over()
    {
        // 'south' has no usable type: 'north' names it without a report of its own (the error is at 'south'), so the
        // model of 'north' lacks its twin, and making an object of it would fail.
        const string data = """
            namespace: Big
            entities:
              north: { type: Town, twin: south }
              south: { type: Nowhere }
            """;
        var sink = new RecordingSink();

        var streamed = Bind(data, sink);

        Assert.Equal(new[] { "file /data.kg.yaml" }, sink.Records);
        Assert.Equal(4, streamed.Diagnostics.Single().Span.StartLine);
    }

    private static FileBindingResult Bind(string data, IDataTableSink? sink) => Bind(data, sink, out _);

    private static FileBindingResult Bind(string data, IDataTableSink? sink, out OntologyFileSyntax file)
    {
        var schema = OntologyFileParser.Parse("/schema.kg.yaml", Schema);
        file = OntologyFileParser.Parse("/data.kg.yaml", data);
        Assert.Empty(file.Diagnostics);
        var declared = DeclarationBinder.Declare(new[] { schema, file }.Select(DeclarationBinder.Declarations), options: null);
        return FileBinder.Bind(file, declared.Table, new NoDocuments(), sink);
    }

    private sealed class RecordingSink : IDataTableSink
    {
        public List<string> Records { get; } = new();

        public List<InstanceModel> Instances { get; } = new();

        public List<FactModel> Facts { get; } = new();

        public void File(DataFileEntry file) => Records.Add("file " + file.Path);

        public void Document(DocumentModel document) => Records.Add("document " + document.Name);

        public void Instance(InstanceModel instance)
        {
            Records.Add("instance " + instance.Id);
            Instances.Add(instance);
        }

        public void Fact(FactModel fact)
        {
            Records.Add($"fact {fact.Subject} {fact.Relation} {fact.Object}");
            Facts.Add(fact);
        }

        public void Omission(OmissionModel omission) => Records.Add("omission " + omission.Reason);
    }
}
