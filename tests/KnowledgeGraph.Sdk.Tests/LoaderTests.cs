using System;
using System.IO;
using System.Linq;
using Conflict;
using Izyum;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>Data files loaded at run time against the compiled seed schema.</summary>
public sealed class LoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-loader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_data_file_adds_typed_entities_events_and_facts_that_refer_to_compiled_ones()
    {
        File.WriteAllText(Path.Combine(_folder, "report.txt"), "Ukrainian forces entered Kupiansk on 10 September.");
        var loader = Loader();
        var result = loader.Load(Write("kupiansk.kg.yaml", """
            namespace: Extra
            documents:
              report: { path: report.txt, title: Later report }
            entities:
              kupiansk: { type: Settlement, name: Kupiansk, railwayHub: true, partOf: kharkivRegion }
            events:
              kupianskTaken:
                type: Capture
                by: ukrainianForces
                of: kupiansk
                date: 2022-09-10
                source: { document: report, quote: Ukrainian forces entered   Kupiansk }
            facts:
              - ukrainianForces tookControlOf kupiansk
            """));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(2, result.EntitiesAdded);
        var graph = loader.Builder.Build();
        var kupiansk = graph.Get<Settlement>("kupiansk");
        Assert.True(kupiansk.RailwayHub);
        Assert.Contains(kupiansk, graph.PlacesWithin(Entities.KharkivRegion));
        var capture = graph.Get<Capture>("kupianskTaken");
        Assert.Same(Entities.UkrainianForces, capture.By);
        Assert.Equal("Ukrainian forces entered Kupiansk", capture.Sources.Single().Quote);
        Assert.Contains(Entities.UkrainianForces, graph.TakenBy(kupiansk));
        // Stated undated, and implied by the capture: one fact, implied by the capture and dated by it.
        var taken = Assert.Single(graph.Facts<TookControlOf>(), f => f.Object == kupiansk);
        Assert.Equal((FactOrigin.Implied, new DateOnly(2022, 9, 10)), (taken.Origin, taken.Date));
    }

    [Fact]
    public void What_a_load_names_before_it_declares_it_is_made_all_the_same()
    {
        // The loader makes each entity as it is bound; one that names what comes later, in its file or in another
        // file of the same load, waits for it, and so does a fact.
        var loader = Loader();
        var result = loader.Load(
            Write("a.kg.yaml", "namespace: Extra\nentities:\n  villagers: { type: ResidentGroup, livesIn: village }\nfacts:\n  - village partOf town\n"),
            Write("b.kg.yaml", "namespace: Extra\nentities:\n  village: { type: Settlement, partOf: town }\n  town: { type: Settlement }\n"));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal((3, 2), (result.EntitiesAdded, result.FactsAdded));
        var graph = loader.Builder.Build();
        var village = graph.Get<Settlement>("village");
        Assert.Same(village, graph.Get<ResidentGroup>("villagers").LivesIn);
        Assert.Contains(village, graph.PlacesWithin(graph.Get<Settlement>("town")));
    }

    [Fact]
    public void An_entity_that_needs_a_later_one_whose_declaration_is_broken_fails_the_load_without_an_exception()
    {
        // Found by fuzzing: 'villagers' needs its place, which has no usable type; the error is at the place, and the
        // group must not be made without it.
        var loader = Loader();
        var result = loader.Load(Write("a.kg.yaml", "namespace: Extra\nentities:\n  villagers: { type: ResidentGroup, livesIn: village }\n  village: { type: Hamlet }\n"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0005", 4, 20), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal(0, result.EntitiesAdded);
        Assert.Null(loader.Builder.Find("villagers"));
    }

    [Fact]
    public void What_cites_a_document_a_later_file_of_the_load_declares_is_made_all_the_same()
    {
        // Found by a review: objects are made as each file is bound, and the document is made with its own file.
        File.WriteAllText(Path.Combine(_folder, "report.txt"), "Report.\nUkrainian forces entered Kupiansk.");
        var loader = Loader();
        var result = loader.Load(
            Write("a.kg.yaml", """
                namespace: Extra
                entities:
                  kupiansk: { type: Settlement, source: { document: report, quote: entered Kupiansk } }
                facts:
                  - subject: ukrainianForces
                    relation: tookControlOf
                    object: kupiansk
                    source: { document: report, quote: Ukrainian forces entered }
                omitted:
                  - { document: report, quote: Report., reason: heading }
                """),
            Write("b.kg.yaml", "namespace: Extra\ndocuments:\n  report: { path: report.txt }\n"));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal((1, 1), (result.EntitiesAdded, result.FactsAdded));
        var graph = loader.Builder.Build();
        var report = graph.Documents.Single(d => d.Id == "report");
        Assert.Same(report, graph.Get<Settlement>("kupiansk").Sources.Single().Document);
        Assert.Same(report, graph.Facts<TookControlOf>().Single(f => f.Object.Id == "kupiansk").Sources.Single().Document);
    }

    [Fact]
    public void A_later_load_checks_its_quotes_against_the_text_an_earlier_load_read_even_when_the_file_is_gone()
    {
        // Found by a review: the document was read from disk again, and a deleted file left a later load's source out
        // without a word (and, with objects made as they are bound, the load added nothing and said it succeeded).
        var text = Path.Combine(_folder, "report.txt");
        File.WriteAllText(text, "Ukrainian forces entered Kupiansk.");
        var loader = Loader();
        Assert.True(loader.Load(Write("a.kg.yaml", "namespace: Extra\ndocuments:\n  report: { path: report.txt }\nentities:\n  kupiansk: { type: Settlement, source: { document: report, quote: entered Kupiansk } }\n")).Succeeded);
        File.Delete(text);

        var second = loader.Load(Write("b.kg.yaml", "namespace: Extra\nentities:\n  balakliia: { type: Settlement, source: { document: report, quote: Ukrainian forces } }\n  town2: { type: Settlement }\n"));
        var third = loader.Load(Write("c.kg.yaml", "namespace: Extra\nentities:\n  izium2: { type: Settlement, source: { document: report, quote: entered Izium } }\n"));

        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(2, second.EntitiesAdded);
        Assert.Equal("Ukrainian forces", loader.Builder.Build().Get<Settlement>("balakliia").Sources.Single().Quote);
        Assert.Equal("KG0016", Assert.Single(third.Diagnostics).Id); // checked against the text read, not skipped
    }

    [Fact]
    public void A_later_load_may_refer_to_an_earlier_one()
    {
        var loader = Loader();
        Assert.True(loader.Load(Write("a.kg.yaml", "namespace: Extra\nentities:\n  kupiansk: { type: Settlement }\n")).Succeeded);
        var second = loader.Load(Write("b.kg.yaml", "namespace: Extra\nfacts:\n  - kupiansk partOf kharkivRegion\n"));

        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(1, second.FactsAdded);
        Assert.Equal(0, second.EntitiesAdded);
    }

    [Fact]
    public void Enum_values_and_compiled_entities_are_typed_without_reflection()
    {
        var loader = Loader();
        var result = loader.LoadText(Path.Combine(_folder, "f.kg.yaml"), "namespace: Extra\nentities:\n  fourthCorps: { type: ArmedForces, state: russia, side: Russia, subordinateTo: russianForces }\n");

        Assert.True(result.Succeeded, result.ToString());
        var corps = loader.Builder.Build().Get<ArmedForces>("fourthCorps");
        Assert.Equal(Side.Russia, corps.Side);
        Assert.Same(Entities.Russia, corps.State);
    }

    [Fact]
    public void A_file_with_errors_loads_nothing_and_reports_every_error_in_file_order()
    {
        var loader = Loader();
        var before = loader.Builder.EntityCount;
        var result = loader.Load(Write("bad.kg.yaml", """
            namespace: Extra
            entities:
              good: { type: Settlement }
              town: { type: Settlement, population: many }
              army: { type: ArmedForces, state: russia, side: Rusia }
            facts:
              - good partOf kharkivRegon
            """));

        Assert.False(result.Succeeded);
        Assert.Equal(new[] { "KG0004", "KG0008", "KG0007" }, result.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { 4, 5, 7 }, result.Diagnostics.Select(d => d.Span.StartLine));
        Assert.All(result.Diagnostics, d => Assert.EndsWith("bad.kg.yaml", d.Span.Path));
        Assert.Equal(before, loader.Builder.EntityCount);
        Assert.Contains("did you mean 'kharkivRegion'?", result.Diagnostics[2].Message);
    }

    [Fact]
    public void Messages_at_run_time_are_those_of_the_build()
    {
        var result = Loader().LoadText(Path.Combine(_folder, "x.kg.yaml"), "namespace: Extra\nentities:\n  kyiv2: { type: Setlement }\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KG0005", diagnostic.Id);
        Assert.Equal("Unknown type 'Setlement'; did you mean 'Settlement'?", diagnostic.Message);
        Assert.Equal((3, 18), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    [Fact]
    public void Files_loaded_at_run_time_cannot_declare_schema()
    {
        var result = Loader().LoadText(Path.Combine(_folder, "s.kg.yaml"), "namespace: Extra\ntypes:\n  Village: { is: Place }\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0035", 3, 3), (error.Id, error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void An_id_already_in_the_builder_is_reported()
    {
        var loader = Loader();
        loader.Builder.Add(new Settlement { Id = "handMade", Name = "Hand made" });
        var result = loader.LoadText(Path.Combine(_folder, "d.kg.yaml"), "namespace: Extra\nentities:\n  handMade: { type: Settlement }\n");
        Assert.Equal("KG0015", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_yaml_tag_is_refused_and_nothing_is_instantiated()
    {
        var result = Loader().LoadText(Path.Combine(_folder, "t.kg.yaml"), "namespace: Extra\nentities:\n  x: !System.Diagnostics.Process { type: Settlement }\n");
        Assert.Equal("KG0021", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void An_alias_bomb_is_refused_at_the_first_alias()
    {
        var bomb = "namespace: Extra\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        var result = Loader().LoadText(Path.Combine(_folder, "bomb.kg.yaml"), bomb);
        Assert.Equal("KG0021", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_stop_at_the_depth_limit()
    {
        var deep = "namespace: Extra\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        var result = Loader().LoadText(Path.Combine(_folder, "deep.kg.yaml"), deep);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KG0024", diagnostic.Id);
        Assert.Contains("deeper than 64", diagnostic.Message);
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder, "huge.kg.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = Loader().Load(path);
        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("KG0024", Assert.Single(result.Diagnostics).Id);
        Assert.True(used < 10L * 1024 * 1024, $"Allocated {used} bytes for a file that should not have been read.");
    }

    [Fact]
    public void A_loaded_file_that_is_not_valid_yaml_gives_its_own_error_and_no_unknown_names_in_the_files_loaded_with_it()
    {
        var broken = Write("towns.kg.yaml", "namespace: Towns\nentities:\n  kupiansk: { type: Settlement, doc: Note: taken }\n");
        var user = Write("facts.kg.yaml", "namespace: Facts\nfacts:\n  - ukrainianForces tookControlOf kupiansk\n");

        var result = Loader().Load(broken, user);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0001", 3, 42), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.EndsWith("towns.kg.yaml", error.Span.Path);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        var result = Loader().Load(Path.Combine(_folder, "nowhere.kg.yaml"));
        Assert.Equal("KG0020", Assert.Single(result.Diagnostics).Id);
    }

    private static GraphLoader Loader() => new(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
