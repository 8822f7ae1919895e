using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Izyum;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>
/// The RDF import reads a file twice, to plan and to load, so that a file written subject by subject never has its
/// triples whole in memory; a file that scatters them still loads, holding them until the last has passed.
/// </summary>
public sealed class RdfStreamingImportTests : IDisposable
{
    /// <summary>Entities and dated facts enough for an N-Triples text of many 64 kB blocks.</summary>
    private const int Settlements = 3000;

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-rdf-stream-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_written_subject_by_subject_holds_a_few_blocks_of_triples_however_long_it_is()
    {
        var (original, text) = Exported();
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = loader.LoadRdfText(Path.Combine(_folder, "graph.nt"), text, RdfFormat.NTriples);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Sorted(Describe(original)), Sorted(Describe(loader.Builder.Build())));
        var figures = loader.LastRdfReading!.Value;
        Assert.True(text.Length > 40 * 65536, $"the text is {text.Length:N0} characters: too short to tell");
        Assert.Equal(text.Count(c => c == '\n'), figures.Triples);
        Assert.InRange(figures.MostBlocksHeld, 1, 3);
        Assert.InRange(figures.BlocksHeldAtEnd, 0, 2); // the last block of the stream and of subjects that waited
    }

    [Fact]
    public void Scattered_triples_load_the_same_graph_and_are_held_until_their_subjects_are_read()
    {
        var (original, text) = Exported();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(11);
        var shuffled = string.Join("\n", lines.OrderBy(_ => random.Next())) + "\n";
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = loader.LoadRdfText(Path.Combine(_folder, "graph.nt"), shuffled, RdfFormat.NTriples);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Sorted(Describe(original)), Sorted(Describe(loader.Builder.Build())));

        // The figure the test above bounds is real: scattered, most triples wait for their subjects' last.
        Assert.True(loader.LastRdfReading!.Value.MostBlocksHeld > 10, $"held {loader.LastRdfReading.Value.MostBlocksHeld} blocks");
    }

    [Fact]
    public void A_subject_that_waits_for_a_later_one_holds_its_own_triples_not_the_blocks_around_it()
    {
        // Each brigade's withdrawal implies a fact of the brigade, whose statement names the event (kg:impliedBy): the
        // statement waits for the event, written after all entities, and the brigade, which the statement looks into
        // (does it state the triple?), waits with it. Many settlements lie between.
        var yaml = new StringBuilder("namespace: Waiting\n\nentities:\n");
        var doc = new string('x', 300);
        for (var i = 0; i < 300; i++)
        {
            yaml.Append($"  brigade{i}: {{ type: ArmedForces, name: Brigade {i}, state: ukraine, side: Ukraine }}\n");
            for (var j = 0; j < 10; j++)
            {
                yaml.Append($"  town{i}x{j}: {{ type: Settlement, name: Town {i} {j}, doc: {doc} }}\n");
            }
        }

        yaml.Append("\nevents:\n");
        for (var i = 0; i < 300; i++)
        {
            yaml.Append($"  withdrawal{i}: {{ type: Withdrawal, by: brigade{i}, from: town{i}x0, date: 2022-09-{1 + (i % 28):00} }}\n");
        }

        var first = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var loaded = first.LoadText(Path.Combine(_folder, "waiting.kg.yaml"), yaml.ToString());
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var original = first.Builder.Build();
        var text = new StringWriter();
        RdfExport.WriteGraph(original, IzyumGraph.Schema, text, RdfFormat.NTriples);

        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = loader.LoadRdfText(Path.Combine(_folder, "waiting.nt"), text.ToString(), RdfFormat.NTriples);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Sorted(Describe(original)), Sorted(Describe(loader.Builder.Build())));
        Assert.True(text.ToString().Length > 20 * 65536, $"the text is {text.ToString().Length:N0} characters: too short to tell");

        // The brigades' and statements' own bytes (about 300 of a few hundred bytes each), not the towns' blocks between.
        Assert.InRange(loader.LastRdfReading!.Value.MostBlocksHeld, 1, 6);
    }

    [Fact]
    public void A_file_read_from_disk_streams_as_a_text_does_and_is_counted_once_against_the_budget()
    {
        var (original, text) = Exported();
        var path = Path.Combine(_folder, "graph.nt");
        File.WriteAllText(path, text);

        // A budget the file fits once, not twice: the second reading is of the same bytes and is not counted again.
        var options = new LoaderOptions(MaxLoadBytes: new FileInfo(path).Length + 100);
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder(), options);
        var result = loader.LoadRdf(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Sorted(Describe(original)), Sorted(Describe(loader.Builder.Build())));
        Assert.InRange(loader.LastRdfReading!.Value.MostBlocksHeld, 1, 3);
    }

    [Theory]
    [InlineData("another subject")]
    [InlineData("another value")]
    [InlineData("a subject again after its last triple")]
    [InlineData("a triple fewer")]
    [InlineData("a statement removed")]
    [InlineData("an entity removed")]
    public void A_file_that_changes_between_the_two_readings_is_refused_whole(string change)
    {
        var (_, text) = Exported();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var changed = change switch
        {
            "another subject" => lines.Append("<http://example.org/kg/id/elsewhere> <http://www.w3.org/2000/01/rdf-schema#label> \"Elsewhere\" .").ToList(),
            "another value" => lines.Select(l => l.Replace("\"Settlement 7\"", "\"Settlement seven\"", StringComparison.Ordinal)).ToList(),
            "a subject again after its last triple" => lines.Append(lines[0]).ToList(),
            "a statement removed" => lines.Where(l => !l.StartsWith("_:f7 ", StringComparison.Ordinal)).ToList(),
            "an entity removed" => lines.Where(l => !l.StartsWith("<http://example.org/kg/id/settlement7>", StringComparison.Ordinal)).ToList(),
            _ => lines.Take(lines.Count - 1).ToList(),
        };
        Assert.NotEqual(lines, changed);
        var readings = new[] { text, string.Join("\n", changed) + "\n" };
        var opened = 0;
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var before = loader.Builder.EntityCount;

        var result = loader.LoadRdf(Path.Combine(_folder, "graph.nt"), () => new StringReader(readings[Math.Min(opened++, 1)]), RdfFormat.NTriples);

        Assert.Equal(2, opened);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("KG0024", error.Id);
        Assert.Contains("changed while it was read", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, loader.Builder.EntityCount);
        Assert.True(loader.Load(Path.Combine(RepositoryRoot.Path, "samples", "data", "kupiansk.kg.yaml")).Succeeded, "the loader works on after the refusal");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_source_named_by_an_IRI_is_read_where_it_stands_whether_it_comes_before_or_after_what_names_it(bool documentFirst)
    {
        // A source is a blank node; one named by an IRI (here a document's) is refused as incomplete, at the triple that
        // names it, and is read for that wherever its own triples stand: it is no change of the file.
        var document = "<http://example.org/kg/doc/note> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://knowledgegraph.example/vocab#Document> .\n"
            + "<http://example.org/kg/doc/note> <https://knowledgegraph.example/vocab#path> \"note.txt\" .\n";
        var entity = "<http://example.org/kg/id/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/kg/schema/Settlement> .\n"
            + "<http://example.org/kg/id/x> <http://www.w3.org/ns/prov#wasDerivedFrom> <http://example.org/kg/doc/note> .\n";
        File.WriteAllText(Path.Combine(_folder, "note.txt"), "A note.");
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.LoadRdfText(Path.Combine(_folder, "x.nt"), documentFirst ? document + entity : entity + document, RdfFormat.NTriples);

        var incomplete = Assert.Single(result.Diagnostics, d => d.Id == "KG0033");
        Assert.Contains("A source needs one oa:hasSource", incomplete.Message, StringComparison.Ordinal);
        Assert.Equal((documentFirst ? 4 : 2, 73), (incomplete.Span.StartLine, incomplete.Span.StartColumn));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KG0024");
    }

    [Fact]
    public void The_plan_reads_a_subject_once_what_it_looks_into_has_passed_and_lets_go_once_no_reading_needs_it()
    {
        // Nodes: 0 a statement (last triple at 5) that looks into 1 (its subject, last at 2), which looks into 2 (a
        // source, last at 7); 3 and 4 look into each other (a cycle, last at 1 and 4), and 0 looks into 3 too; 5 is
        // no subject. Subjects first appear in the order 1, 3, 0, 2, 4, which breaks ties.
        int[] last = [5, 2, 7, 1, 4, -1];
        List<int> order = [1, 3, 0, 2, 4], from = [0, 1, 3, 4, 4, 0], into = [1, 2, 4, 3, 5, 3];

        // Read: 3 and 4 once 4 has passed (their cycle's last); 1, 0 and 2 once 2's last, at 7, has.
        Assert.Equal(new[] { (4, 3), (4, 4), (7, 1), (7, 0), (7, 2) }, Reads(RdfReadingPlan.Make(last, order, from, into), 8, release: false));

        // Let go: 3 and 4 only once 0, which looks into them, has been read at 7.
        Assert.Equal(new[] { (7, 1), (7, 3), (7, 0), (7, 2), (7, 4) }, Reads(RdfReadingPlan.Make(last, order, from, into), 8, release: true));
    }

    [Fact]
    public void The_plan_of_a_chain_of_a_million_blank_nodes_is_made_without_recursion()
    {
        const int count = 1_000_000;
        var last = Enumerable.Range(0, count).ToArray();
        var from = Enumerable.Range(0, count - 1).ToList();
        var into = Enumerable.Range(1, count - 1).ToList();
        var plan = RdfReadingPlan.Make(last, Enumerable.Range(0, count).ToList(), from, into);

        // Each node looks, through the chain, into the last one: all are read when the last triple has passed.
        var reads = Reads(plan, count, release: false);
        Assert.Equal(count, reads.Count);
        Assert.All(reads, r => Assert.Equal(count - 1, r.Position));
    }

    /// <summary>(position, node) for each subject the plan reads, or lets go, as the triples pass one by one.</summary>
    private static List<(int Position, int Node)> Reads(RdfReadingPlan plan, int triples, bool release)
    {
        var done = new List<(int, int)>();
        for (var position = 0; position < triples; position++)
        {
            while (release ? plan.TryNextRelease(position, out var node) : plan.TryNextRead(position, out node))
            {
                done.Add((position, node));
            }
        }

        return done;
    }

    /// <summary>
    /// A graph of <see cref="Settlements"/> settlements, each part of a region at a date (a statement per fact), every
    /// hundredth also withdrawn from at a date; and its N-Triples.
    /// </summary>
    private (Graph Graph, string Text) Exported()
    {
        var yaml = new StringBuilder("namespace: Many\n\nentities:\n");
        for (var i = 0; i < Settlements; i++)
        {
            yaml.Append($"  settlement{i}: {{ type: Settlement, name: Settlement {i}, railwayHub: {(i % 2 == 0 ? "true" : "false")} }}\n");
        }

        yaml.Append("\nfacts:\n");
        for (var i = 0; i < Settlements; i++)
        {
            yaml.Append($"  - {{ subject: settlement{i}, relation: partOf, object: kharkivRegion, date: 2022-09-{1 + (i % 28):00} }}\n");
            if (i % 100 == 0)
            {
                yaml.Append($"  - {{ subject: russianForces, relation: withdrewFrom, object: settlement{i}, date: 2022-09-{1 + (i % 28):00} }}\n");
            }
        }

        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var loaded = loader.LoadText(Path.Combine(_folder, "many.kg.yaml"), yaml.ToString());
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var graph = loader.Builder.Build();
        var text = new StringWriter();
        RdfExport.WriteGraph(graph, IzyumGraph.Schema, text, RdfFormat.NTriples);
        return (graph, text.ToString());
    }

    private static List<string> Describe(Graph graph) =>
        graph.Entities.Select(e => $"{e.TypeName} {e.Id} {e.Name} {string.Join(", ", e.PropertyValues)}")
            .Concat(graph.AllFacts.Select(f => $"{f.SubjectEntity.Id} {f.Relation.Name} {f.ObjectEntity.Id} {f.Time}"))
            .ToList();

    private static List<string> Sorted(List<string> lines) => lines.OrderBy(l => l, StringComparer.Ordinal).ToList();
}
