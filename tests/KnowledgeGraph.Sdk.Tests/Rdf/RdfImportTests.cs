using System;
using System.Collections.Generic;
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

    [Theory]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.NTriples)]
    public void An_export_of_the_whole_graph_loads_onto_its_compiled_data_adding_nothing(RdfFormat format)
    {
        var text = new StringWriter();
        RdfExport.WriteGraph(IzyumGraph.Create(), IzyumGraph.Schema, text, format);
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var facts = loader.Builder.FactCount;

        var result = loader.LoadRdfText(Path.Combine(RepositoryRoot.Path, "seeds", "izyum." + (format == RdfFormat.Turtle ? "ttl" : "nt")), text.ToString(), format);

        // Every fact, dated and sourced ones (statements) as bare ones, is the builder's already: none is added again.
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal((0, 0), (result.EntitiesAdded, result.FactsAdded));
        Assert.Equal(facts, loader.Builder.FactCount);
        Assert.Equal(Describe(IzyumGraph.Create()), Describe(loader.Builder.Build()));
    }

    [Fact]
    public void A_statement_that_gives_a_known_fact_another_time_is_added()
    {
        const string Fact = "<http://example.org/kg/id/russianForces> <http://example.org/kg/schema/withdrewFrom> <http://example.org/kg/id/izyum> .\n";
        const string Statement = "_:s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .\n"
            + "_:s <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://example.org/kg/id/russianForces> .\n"
            + "_:s <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <http://example.org/kg/schema/withdrewFrom> .\n"
            + "_:s <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <http://example.org/kg/id/izyum> .\n";
        var path = Path.Combine(RepositoryRoot.Path, "seeds", "more.nt");

        var sameTime = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var known = sameTime.LoadRdfText(path, Fact + Statement + "_:s <http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp> \"2022-09-10\"^^<http://www.w3.org/2001/XMLSchema#date> .\n", RdfFormat.NTriples);
        Assert.Equal((true, 0), (known.Succeeded, known.FactsAdded));

        var otherTime = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var added = otherTime.LoadRdfText(path, Fact + Statement + "_:s <http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp> \"2022-09-11\"^^<http://www.w3.org/2001/XMLSchema#date> .\n", RdfFormat.NTriples);
        Assert.True(added.Succeeded, string.Join("\n", added.Diagnostics));
        Assert.Equal(1, added.FactsAdded);
    }

    [Fact]
    public void Triples_in_any_order_import_the_graph_that_grouped_ones_do()
    {
        // RDF is a set: a subject's triples may be scattered, a relation may come before its subject's type, and a
        // statement or a source before what it describes. Reversed and shuffled lines must read back to the same graph.
        var data = Path.Combine(RepositoryRoot.Path, "samples", "data");
        File.Copy(Path.Combine(data, "kupiansk-note.txt"), Path.Combine(_folder, "kupiansk-note.txt"));
        var first = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        Assert.True(first.Load(Path.Combine(data, "kupiansk.kg.yaml")).Succeeded);
        var original = first.Builder.Build();
        var text = new StringWriter();
        RdfExport.WriteGraph(original, IzyumGraph.Schema, text, RdfFormat.NTriples);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(7);
        foreach (var order in new[] { lines.Reverse().ToArray(), lines.OrderBy(_ => random.Next()).ToArray() })
        {
            var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
            var result = loader.LoadRdfText(Path.Combine(_folder, "graph.nt"), string.Join("\n", order) + "\n", RdfFormat.NTriples);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Equal(Sorted(Describe(original)), Sorted(Describe(loader.Builder.Build())));
        }
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
    public void An_unknown_predicate_in_N_Triples_is_reported_where_the_predicate_stands()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var text = "<http://example.org/kg/id/kupiansk> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/kg/schema/Settlement> .\n"
            + "<http://example.org/kg/id/kupiansk>  <http://xmlns.com/foaf/0.1/name> \"K\" .\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "odd.nt"), text, RdfFormat.NTriples);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0033", 2, 38), (error.Id, error.Span.StartLine, error.Span.StartColumn));
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
            "id:borova a ont:Settlement ; ont:Settlement.population \"many\"^^<http://www.w3.org/2001/XMLSchema#int> .");
        var result = loader.LoadRdfText(Path.Combine(_folder, "odd.ttl"), text, RdfFormat.Turtle);
        Assert.False(result.Succeeded);
        Assert.Equal(
            new[] { ("KG0004", 6, 56), ("KG0005", 5, 16), ("KG0033", 4, 90) }, // the unknown predicate foaf:name at its own column
            result.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn)).Order());
        Assert.Null(loader.Builder.Find("kupiansk"));
    }

    [Fact]
    public void A_document_path_that_climbs_out_of_the_folder_is_refused_at_the_literal_and_never_read()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        File.WriteAllText(Path.Combine(_folder, "secret.txt"), "the secret");
        var text = "<http://example.org/kg/doc/leak> a <https://knowledgegraph.example/vocab#Document> ;\n"
            + "  <https://knowledgegraph.example/vocab#path> \"../secret.txt\" .\n";
        var result = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder()).LoadRdfText(Path.Combine(folder, "leak.ttl"), text, RdfFormat.Turtle);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0026", 2, 47), (error.Id, error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void Reading_is_bounded_as_it_streams_and_a_folder_or_a_device_is_refused()
    {
        var small = new LoaderOptions(MaxFileBytes: 4096);
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder(), small);
        var big = Path.Combine(_folder, "big.nt");
        File.WriteAllText(big, string.Concat(Enumerable.Repeat("<http://example.org/kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n", 200)));
        Assert.Equal("KG0024", Assert.Single(loader.LoadRdf(big).Diagnostics).Id);
        Assert.Equal("KG0024", Assert.Single(loader.LoadRdf(_folder, RdfFormat.Turtle).Diagnostics).Id);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal("KG0024", Assert.Single(loader.LoadRdf("/dev/zero", RdfFormat.NTriples).Diagnostics).Id);
        }

        Assert.Equal("KG0020", Assert.Single(loader.LoadRdf(Path.Combine(_folder, "none.ttl")).Diagnostics).Id);
        Assert.Equal("KG0032", Assert.Single(loader.LoadRdf(Path.Combine(_folder, "graph.rdf")).Diagnostics).Id);
    }

    [Fact]
    public void Text_that_was_not_UTF8_is_KG0031_at_the_value()
    {
        var file = Path.Combine(_folder, "latin1.nt");
        var line = "<http://example.org/kg/id/k> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/kg/schema/Settlement> .\n<http://example.org/kg/id/k> <http://www.w3.org/2000/01/rdf-schema#label> \"Kupiansk \xE9\" .\n";
        File.WriteAllBytes(file, System.Text.Encoding.Latin1.GetBytes(line));
        var result = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder()).LoadRdf(file);
        Assert.Contains(result.Diagnostics, d => (d.Id, d.Span.StartLine, d.Span.StartColumn) == ("KG0031", 2, 75));
        Assert.False(result.Succeeded);
    }

    private const string Prefixes = "@prefix id: <http://example.org/kg/id/> .\n@prefix ont: <http://example.org/kg/schema/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

    public static TheoryData<string, string, int, int, string> Refused() => new()
    {
        { "a changed value of a compiled entity", "id:izyum ont:Settlement.population \"9999\"^^xsd:int .", 5, 36, "'izyum' is in the graph already, which does not say" },
        { "a blank node typed as an entity", "_:b1 a ont:Settlement ; rdfs:label \"Blanktown\" .", 5, 1, "must have an IRI" },
        { "a blank node nothing reads", "_:b1 ont:partOf id:kharkivRegion .", 5, 1, "Nothing reads the blank node" },
        { "a datatype that does not fit", "id:kupiansk a ont:Settlement ; ont:Settlement.population \"34\"^^xsd:date .", 5, 58, "'population' of Settlement is an int" },
        { "a literal where an entity is named", "id:kupiansk a ont:Settlement ; ont:partOf \"kharkivRegion\" .", 5, 43, "is an entity, named by its IRI (<http://example.org/kg/id/kharkivRegion>)" },
        { "a literal where an enum member is named", "id:f a ont:ArmedForces ; ont:ArmedForces.state id:ukraine ; ont:ArmedForces.side \"Ukraine\" .", 5, 82, "is a member of enum Side, named by its IRI (<http://example.org/kg/schema/Side.Ukraine>)" },
        { "a blank node for a known entity's label", "id:izyum rdfs:label _:x .", 5, 21, "'izyum' is in the graph already, which does not say" },
        { "a member IRI of another type", "id:kupiansk a ont:Settlement ; ont:Offensive.population \"5\"^^xsd:int .", 5, 32, "'population' of Settlement is <http://example.org/kg/schema/Settlement.population>" },
        { "an id whose escapes are not UTF-8", "<http://example.org/kg/id/%FF> a ont:Settlement .", 5, 1, "is neither an entity or event" },
        { "an implying event that does not exist", "id:izyum ont:partOf id:ukraine .\n[] a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> id:izyum ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ont:partOf ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> id:ukraine ; <https://knowledgegraph.example/vocab#impliedBy> id:nothing .", 6, 309, "kg:impliedBy names <http://example.org/kg/id/nothing>, which is no event" },
        { "a blank node in a role", "id:o a ont:Offensive ; ont:Offensive.by [ a ont:ArmedForces ] .", 5, 41, "is an entity, named by its IRI (under 'http://example.org/kg/id/'), not a blank node" },
        { "a name in another form than the one read", "<http://example.org/kg/id/m%C3%BCnchen> a ont:Settlement .", 5, 1, "names its entity or document in another form than the one KnowledgeGraph reads: write <http://example.org/kg/id/m\u00fcnchen>" },
        { "a statement without its object", "id:izyum ont:partOf id:ukraine .\n[] a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> id:izyum ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ont:partOf .", 6, 1, "This rdf:Statement has no rdf:object: a statement needs rdf:subject, rdf:predicate and rdf:object" },
        { "a statement about a triple the file does not state", "[] a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> id:izyum ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ont:partOf ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> id:ukraine .", 5, 1, "This rdf:Statement describes the triple <http://example.org/kg/id/izyum> <http://example.org/kg/schema/partOf> <http://example.org/kg/id/ukraine>, which the file does not state" },
        { "a time whose datatype is not its form's", "id:o a ont:Offensive ; ont:Offensive.by id:ukrainianForces ; <http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp> \"2022\"^^xsd:date .", 5, 117, "is a date (xsd:gYear, xsd:gYearMonth, xsd:date or xsd:dateTime, the one whose form its text has), not \"2022\"^^<http://www.w3.org/2001/XMLSchema#date>" },
    };

    [Theory]
    [InlineData("id:kupiansk a ont:Settlement ; rdfs:label \"K\" ; prov:wasDerivedFrom \"just text\" .", 69)]
    [InlineData("id:izyum ont:partOf id:ukraine .\n_:s a rdf:Statement ; rdf:subject id:izyum ; rdf:predicate ont:partOf ; rdf:object id:ukraine ; prov:wasDerivedFrom \"just text\" .", 117)]
    [InlineData("[] a <https://knowledgegraph.example/vocab#Omission> ; <https://knowledgegraph.example/vocab#reason> \"opinion\" ; prov:wasDerivedFrom \"just text\" .", 134)]
    public void A_literal_where_a_source_belongs_is_KG0033_at_the_literal(string turtle, int column)
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var text = Prefixes + "@prefix prov: <http://www.w3.org/ns/prov#> .\n@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n" + turtle;

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), text, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("A source needs one oa:hasSource", StringComparison.Ordinal));
        Assert.Equal(("KG0033", turtle.Count(c => c == '\n') + 7, column), (error.Id, error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void Statements_about_a_hub_of_many_triples_find_each_triple_it_states_and_only_those()
    {
        // A subject of more than a few triples is looked in through a set: it must answer as the scan does.
        var lines = new List<string> { "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .", "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .", "id:hub a ont:Settlement ." };
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"id:s{i} a ont:Settlement .");
            lines.Add($"id:hub ont:partOf id:s{i} .");
            lines.Add($"[] a rdf:Statement ; rdf:subject id:hub ; rdf:predicate ont:partOf ; rdf:object id:s{i} ; sem:hasTimeStamp \"2022-09-{i % 28 + 1:00}\"^^xsd:date .");
        }

        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), Prefixes + string.Join("\n", lines) + "\n", RdfFormat.Turtle);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var facts = loader.Builder.Build().AllFacts.Where(f => f.SubjectEntity.Id == "hub" && f.Relation.Name == "partOf").ToList();
        Assert.Equal(40, facts.Count);
        Assert.All(facts, f => Assert.NotNull(f.Time));

        lines.Add("[] a rdf:Statement ; rdf:subject id:hub ; rdf:predicate ont:partOf ; rdf:object id:kharkivRegion .");
        var refused = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder())
            .LoadRdfText(Path.Combine(_folder, "x.ttl"), Prefixes + string.Join("\n", lines) + "\n", RdfFormat.Turtle);
        var error = Assert.Single(refused.Diagnostics);
        Assert.Contains("which the file does not state", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_whose_type_is_refused_is_still_told_of_a_second_label()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), Prefixes + "id:y a ont:Settlement, ont:Region ;\n  rdfs:label \"a\", \"b\" .\n", RdfFormat.Turtle);

        Assert.Equal(
            new[] { ("KG0033", 5, 24), ("KG0013", 6, 19) },
            result.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn)));
    }

    [Fact]
    public void A_known_document_or_omitted_passage_may_be_described_again_only_as_the_graph_has_it()
    {
        const string Kg = "https://knowledgegraph.example/vocab#";
        var turtle = Prefixes
            + "@prefix doc: <http://example.org/kg/doc/> .\n@prefix oa: <http://www.w3.org/ns/oa#> .\n@prefix prov: <http://www.w3.org/ns/prov#> .\n"
            + "doc:article <http://purl.org/dc/terms/title> \"Another title\" .\n"
            + $"[] a <{Kg}Omission> ; <{Kg}reason> \"opinion\" ; rdfs:comment \"the page's hashtags\" ;\n"
            + "  prov:wasDerivedFrom [ oa:hasSource doc:article ; oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact \"#russiaukrainewar\u00A0#ukrainecounteroffensive\u00A0#izyum\" ] ] .\n";
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        Assert.False(result.Succeeded);
        Assert.Equal(new[] { ("KG0033", 8, 46), ("KG0033", 9, 1) }, result.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn)));
        Assert.Equal("'article' is in the graph already, which does not say <http://purl.org/dc/terms/title> \"Another title\"; a file cannot change what is known: change it where 'article' is declared", result.Diagnostics[0].Message);
        Assert.Equal("The omitted passage \"#russiaukrainewar\u00A0#ukrainecounteroffensive\u00A0#izyum\" of 'article' is in the graph already, with the reason boilerplate and the note the page's hashtags; a file cannot change what is known: change it where the passage is omitted", result.Diagnostics[1].Message);

        // The same document and passage as the graph has them load (as an export of the whole graph does).
        var same = Prefixes + "@prefix doc: <http://example.org/kg/doc/> .\n@prefix oa: <http://www.w3.org/ns/oa#> .\n@prefix prov: <http://www.w3.org/ns/prov#> .\n"
            + $"[] a <{Kg}Omission> ; <{Kg}reason> \"boilerplate\" ; rdfs:comment \"the page's hashtags\" ;\n"
            + "  prov:wasDerivedFrom [ oa:hasSource doc:article ; oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact \"#russiaukrainewar\u00A0#ukrainecounteroffensive\u00A0#izyum\" ] ] .\n";
        Assert.True(loader.LoadRdfText(Path.Combine(_folder, "same.ttl"), same, RdfFormat.Turtle).Succeeded);
    }

    [Fact]
    public void Long_and_wide_literals_and_a_subject_met_in_many_runs_read_back_exactly()
    {
        // The reader keeps the triples as bytes until the file ends; what it reads back, and where, must be what was written.
        var doc = string.Concat(Enumerable.Range(0, 100).Select(i => $"{i} \u00e9\u4e2d\U0001F600 "));
        var lines = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"id:other{i} a ont:Settlement .");
            lines.Add(i switch
            {
                5 => "id:scattered a ont:Settlement .",
                17 => $"id:scattered rdfs:comment \"{doc}\" .",
                29 => "id:scattered rdfs:label \"Scattered \u00e9\" .",
                _ => $"id:other{i} rdfs:label \"Other {i}\" .",
            });
        }

        var good = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = good.LoadRdfText(Path.Combine(_folder, "x.ttl"), Prefixes + string.Join("\n", lines) + "\n", RdfFormat.Turtle);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var scattered = good.Builder.Build().Entities.Single(e => e.Id == "scattered");
        Assert.Equal(("Scattered \u00e9", doc), (scattered.Name, scattered.Doc));

        // A late run of the subject, far down the file: its error stands at its predicate.
        lines.Add("id:scattered   ont:nonsense \"x\" .");
        var bad = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder())
            .LoadRdfText(Path.Combine(_folder, "x.ttl"), Prefixes + string.Join("\n", lines) + "\n", RdfFormat.Turtle);
        var error = Assert.Single(bad.Diagnostics);
        Assert.Equal(("KG0002", 4 + 81, 16), (error.Id, error.Span.StartLine, error.Span.StartColumn)); // an unknown key, as in YAML
    }

    [Fact]
    public void Many_labels_of_one_subject_are_one_error_at_the_second()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var labels = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"\"name {i}\""));
        var turtle = Prefixes + "id:kupiansk a ont:Settlement ;\n  rdfs:label " + labels + " .\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0013", 6, 24), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.EndsWith("takes a single value, but 20000 values are given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_omitted_twice_for_two_reasons_reads_back_onto_the_graph_that_has_both()
    {
        var documentFolder = Path.Combine(_folder, "data");
        Directory.CreateDirectory(documentFolder);
        File.WriteAllText(Path.Combine(documentFolder, "note.txt"), "Opinions differ on this.");
        var yaml = Path.Combine(documentFolder, "twice.kg.yaml");
        File.WriteAllText(yaml, """
            namespace: Twice
            documents:
              note: { path: note.txt }
            omitted:
              - { document: note, quote: Opinions differ on this, reason: opinion }
              - { document: note, quote: Opinions differ on this, reason: commentary, note: said twice }
            """);
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        Assert.True(loader.Load(yaml).Succeeded);
        var turtle = Path.Combine(documentFolder, "twice.ttl");
        using (var writer = new StreamWriter(turtle))
        {
            RdfExport.WriteGraph(loader.Builder.Build(), IzyumGraph.Schema, writer, RdfFormat.Turtle);
        }

        var again = loader.LoadRdf(turtle);

        Assert.True(again.Succeeded, again.ToString());
    }

    [Fact]
    public void A_required_value_that_was_refused_is_one_error_not_also_a_missing_value()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var turtle = Prefixes + "id:f a ont:ArmedForces ; rdfs:label \"F\" ; ont:ArmedForces.state id:ukraine ; ont:ArmedForces.side \"Ukraine\" .\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0033", 5, 99), (error.Id, error.Span.StartLine, error.Span.StartColumn));
    }

    [Theory]
    [InlineData("id:o a ont:Offensive ; ont:Offensive.by id:ukrainianForces ;\n  sem:hasTimeStamp \"2022-09-10\"^^xsd:date ; sem:hasBeginTimeStamp \"2022-09\"^^xsd:gYearMonth .", "'o' has both")]
    [InlineData("id:izyum ont:partOf id:ukraine .\n[] a rdf:Statement ; rdf:subject id:izyum ; rdf:predicate ont:partOf ; rdf:object id:ukraine ;\n  sem:hasTimeStamp \"2022-09-10\"^^xsd:date ; sem:hasEndTimeStamp \"2022\"^^xsd:gYear .", "This rdf:Statement has both")]
    public void A_date_beside_a_start_or_end_is_KG0041_at_the_date_as_in_YAML_not_a_silent_choice(string turtle, string what)
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var text = Prefixes + "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n" + turtle + "\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), text, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0041", 7 + turtle.Count(c => c == '\n'), 20), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal(what + " sem:hasTimeStamp and sem:hasBeginTimeStamp or sem:hasEndTimeStamp; give either one date or an interval", error.Message);
    }

    [Fact]
    public void An_entity_whose_type_is_refused_is_one_error_not_also_unknown_wherever_it_is_named()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var turtle = Prefixes + "id:esa a <http://xmlns.com/foaf/0.1/Organization> ; rdfs:label \"ESA\" .\n"
            + "id:o a ont:Offensive ; ont:Offensive.by id:esa .\n"
            + "id:kupiansk a ont:Settlement ; ont:partOf id:esa .\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0033", 5, 10), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("http://xmlns.com/foaf/0.1/Organization", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_quoted_only_by_a_refused_statement_is_not_also_said_to_be_unquoted()
    {
        File.WriteAllText(Path.Combine(_folder, "note.txt"), "A note on Izyum.");
        const string Kg = "https://knowledgegraph.example/vocab#";
        var turtle = Prefixes
            + "@prefix doc: <http://example.org/kg/doc/> .\n@prefix oa: <http://www.w3.org/ns/oa#> .\n@prefix prov: <http://www.w3.org/ns/prov#> .\n@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
            + $"doc:note a <{Kg}Document> ; <{Kg}path> \"note.txt\" .\n"
            + "[] a rdf:Statement ; rdf:subject id:izyum ; rdf:predicate ont:partOf ; rdf:object id:ukraine ;\n"
            + "  prov:wasDerivedFrom [ oa:hasSource doc:note ; oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact \"A note\" ] ] .\n";
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0033", 10, 1), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("which the file does not state", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unquoted_document_is_still_told_of_beside_an_unrelated_error_and_a_refused_implying_event_is_one_error()
    {
        File.WriteAllText(Path.Combine(_folder, "note.txt"), "A note.");
        const string Kg = "https://knowledgegraph.example/vocab#";
        var turtle = Prefixes + "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
            + $"<http://example.org/kg/doc/note> a <{Kg}Document> ; <{Kg}path> \"note.txt\" .\n"
            + "id:ev a <http://xmlns.com/foaf/0.1/Event> .\n"
            + "id:izyum ont:partOf id:kupiansk .\n"
            + $"[] a rdf:Statement ; rdf:subject id:izyum ; rdf:predicate ont:partOf ; rdf:object id:kupiansk ; <{Kg}impliedBy> id:ev .\n";
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        // The event's refused type, once (not again where kg:impliedBy names it); the document nothing quotes, as ever.
        Assert.Equal(new[] { ("KG0044", 6), ("KG0033", 7) }, result.Diagnostics.Select(d => (d.Id, d.Span.StartLine)).OrderBy(d => d.Item2));
    }

    [Fact]
    public void A_member_named_by_the_bare_ontology_IRI_is_refused_with_its_own_IRI()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var turtle = Prefixes + "id:kupiansk a ont:Settlement ; rdfs:label \"Kupiansk\" ;\n  ont:population \"5\"^^xsd:int .\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0033", 6, 3), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("<http://example.org/kg/schema/Settlement.population>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_IRI_with_unpaired_surrogates_is_refused_not_thrown()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var text = "<http://example.org/kg/id/a" + '\uD800' + '\uD800' + "b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/kg/schema/Settlement> .\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.nt"), text, RdfFormat.NTriples);

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("KG", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_stated_as_well_as_given_as_a_key_reads_back_as_stated()
    {
        var first = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        Assert.True(first.LoadText(Path.Combine(_folder, "stated.kg.yaml"), "namespace: Later\nfacts:\n  - izyum partOf kharkivRegion\n").Succeeded);
        var original = first.Builder.Build();
        var text = new StringWriter();
        RdfExport.WriteGraph(original, IzyumGraph.Schema, text, RdfFormat.NTriples);
        var second = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = second.LoadRdfText(Path.Combine(_folder, "x.nt"), text.ToString(), RdfFormat.NTriples);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Describe(original), Describe(second.Builder.Build()));
    }

    [Fact]
    public void A_misspelt_relation_IRI_is_an_unknown_key_with_a_suggestion_as_in_YAML()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var turtle = Prefixes + "id:kupiansk a ont:Settlement ; rdfs:label \"Kupiansk\" ;\n  ont:partof id:kharkivRegion .\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0002", 6, 3), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("did you mean 'partOf'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_omitted_passage_with_two_sources_is_KG0013_at_the_second_not_a_silent_choice()
    {
        const string Kg = "https://knowledgegraph.example/vocab#";
        var turtle = Prefixes
            + "@prefix doc: <http://example.org/kg/doc/> .\n@prefix oa: <http://www.w3.org/ns/oa#> .\n@prefix prov: <http://www.w3.org/ns/prov#> .\n"
            + $"[] a <{Kg}Omission> ; <{Kg}reason> \"opinion\" ;\n"
            + "  prov:wasDerivedFrom [ oa:hasSource doc:article ; oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact \"Russian troops flee\" ] ] ,\n"
            + "    [ oa:hasSource doc:article ; oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact \"Ukraine\" ] ] .\n";
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0013", 10, 5), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal("'http://www.w3.org/ns/prov#wasDerivedFrom' takes a single value, but 2 values are given", error.Message);
        Assert.Equal(IzyumGraph.Create().Omissions.Count(), loader.Builder.Build().Omissions.Count()); // nothing added
    }

    [Fact]
    public void A_second_name_doc_or_time_of_one_subject_is_KG0013_not_a_silent_choice()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var turtle = Prefixes + "id:kupiansk a ont:Settlement ;\n  rdfs:label \"Kupiansk\" ;\n  rdfs:label \"Kupyansk\" ;\n  rdfs:comment \"A town.\" .\n";

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), turtle, RdfFormat.Turtle);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0013", 7, 14), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal("'http://www.w3.org/2000/01/rdf-schema#label' takes a single value, but 2 values are given", error.Message);
        Assert.Equal(0, loader.Builder.EntityCount - IzyumGraph.CreateBuilder().EntityCount);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void RDF_that_would_be_dropped_or_misread_is_refused_at_its_place(string what, string turtle, int line, int column, string message)
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var entities = loader.Builder.EntityCount;
        var result = loader.LoadRdfText(Path.Combine(_folder, "x.ttl"), Prefixes + turtle, RdfFormat.Turtle);

        Assert.False(result.Succeeded, what);
        var error = Assert.Single(result.Diagnostics, d => d.Id == "KG0033");
        Assert.Equal((line, column), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KG0007");
        Assert.Equal(entities, loader.Builder.EntityCount);
    }

    [Fact]
    public void Hostile_text_never_escapes_LoadRdf_and_is_bounded()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder(), new LoaderOptions(MaxFileBytes: 64 * 1024));
        var entities = loader.Builder.EntityCount;
        var longPrefix = "@prefix p: <http://example.org/" + new string('a', 70_000) + "/> .\np:x p:y p:z .\n";
        var tooLong = Assert.Single(new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder()).LoadRdfText(Path.Combine(_folder, "a.ttl"), longPrefix, RdfFormat.Turtle).Diagnostics);
        Assert.Equal("KG0032", tooLong.Id);
        Assert.Contains("the limit is 65,536", tooLong.Message, StringComparison.Ordinal);

        var bomb = "@prefix p: <http://example.org/" + new string('a', 30_000) + "/> .\n" + string.Concat(Enumerable.Repeat("p:a p:b p:c .\n", 2_000));
        var bombed = Assert.Single(loader.LoadRdfText(Path.Combine(_folder, "b.ttl"), bomb, RdfFormat.Turtle).Diagnostics);
        Assert.Equal("KG0024", bombed.Id);
        Assert.Contains("expand to more than", bombed.Message, StringComparison.Ordinal);

        var nul = Prefixes + "<http://example.org/kg/doc/d> a <https://knowledgegraph.example/vocab#Document> ; <https://knowledgegraph.example/vocab#path> \"a\\u0000b.txt\" .";
        Assert.Equal("KG0026", Assert.Single(loader.LoadRdfText(Path.Combine(_folder, "c.ttl"), nul, RdfFormat.Turtle).Diagnostics).Id);

        if (OperatingSystem.IsLinux())
        {
            Assert.Equal("KG0024", Assert.Single(loader.LoadRdf("/proc/self/mem", RdfFormat.NTriples).Diagnostics).Id);
        }

        var escapes = Prefixes + "<http://example.org/kg/id/\u00e9\u00e9%41> a ont:Settlement .";
        Assert.False(loader.LoadRdfText(Path.Combine(_folder, "d.ttl"), escapes, RdfFormat.Turtle).Succeeded);
        Assert.Equal(entities, loader.Builder.EntityCount);
    }

    [Fact]
    public void Ids_beyond_plain_letters_round_trip_and_a_triple_written_twice_is_one()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var yaml = "namespace: Later\nentities:\n  \u4E8C\u3007\u4E8C\u4E8C\u5E74: { type: Settlement, name: Year town, partOf: kharkivRegion }\n";
        Assert.True(loader.LoadText(Path.Combine(_folder, "y.kg.yaml"), yaml).Succeeded);
        var text = new StringWriter();
        RdfExport.WriteGraph(loader.Builder.Build(), IzyumGraph.Schema, text, RdfFormat.NTriples);
        var line = text.ToString().Split('\n').First(l => l.Contains("Year town", StringComparison.Ordinal));
        var typeLine = text.ToString().Split('\n').First(l => l.StartsWith(line[..line.IndexOf('>')], StringComparison.Ordinal) && l.Contains("#type>", StringComparison.Ordinal));

        var again = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = again.LoadRdfText(Path.Combine(_folder, "y.nt"), typeLine + "\n" + typeLine + "\n" + line + "\n", RdfFormat.NTriples);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Year town", again.Builder.Find("\u4E8C\u3007\u4E8C\u4E8C\u5E74")?.Name);
    }

    [Fact]
    public void A_base_IRI_needs_a_scheme()
    {
        Assert.Throws<ArgumentException>(() => new RdfOptions { BaseIri = "/kg/" });
        Assert.Equal("https://example.com/kg/", new RdfOptions { BaseIri = "https://example.com/kg/" }.BaseIri);
    }

    [Fact]
    public void A_compiled_entity_described_to_a_builder_without_the_compiled_data_is_refused()
    {
        var result = new GraphLoader(IzyumGraph.Schema, new GraphBuilder())
            .LoadRdfText(Path.Combine(_folder, "x.ttl"), Prefixes + "id:izyum a ont:Settlement ; rdfs:label \"Izyum\" .", RdfFormat.Turtle);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0033", 5, 1), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("CreateBuilder()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_written_with_another_base_is_one_error_that_says_so()
    {
        const string Type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
        var text = $"<http://other.example/id/a> {Type} <http://other.example/schema/Settlement> .\n<http://other.example/id/b> {Type} <http://other.example/schema/Settlement> .\n";
        var result = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder()).LoadRdfText(Path.Combine(_folder, "x.nt"), text, RdfFormat.NTriples);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("No subject of the file is under the base IRI 'http://example.org/kg/'", error.Message, StringComparison.Ordinal);
    }

    private static string[] Sorted(string description) => description.Split('\n').Order(StringComparer.Ordinal).ToArray();

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
