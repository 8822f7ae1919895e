using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Syntax.Compact;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>
/// A file parsed compact (as the run-time loader parses it) keeps the bodies of its entities, events and facts as bytes:
/// read back, each is equal to the syntax a whole parse makes, and binding it gives the same answers.
/// </summary>
public sealed class CompactItemsTests
{
    public static IEnumerable<object[]> RepositoryFiles() =>
        new[] { "seeds", "samples", "benchmarks" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.kg.yaml", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetRelativePath(RepositoryRoot.Path, path) });

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void Every_item_of_the_repositorys_files_reads_back_equal(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, file));

        AssertReadsBackEqual("/" + file.Replace('\\', '/'), text);
    }

    [Fact]
    public void Every_field_reads_back_equal_across_chunks()
    {
        // Long texts (past the length of strings kept once), quotes, times of each form, aliases, lists, empty values,
        // text of two to four bytes a character, and enough items to fill several chunks of bytes.
        var text = new StringBuilder("namespace: Big\nentities:\n");
        for (var i = 0; i < 3_000; i++)
        {
            text.Append($"  town{i}:\n    type: Town\n    name: \"Town № {i} — Ἰζιούμ 🏙\"\n    aliases: [t{i}, \"T {i}\"]\n")
                .Append($"    doc: \"{new string('d', 70 + i % 7)} {i}\"\n    population: {i}\n    twin: []\n    partOf: [west, \"east\"]\n")
                .Append("    time: { start: 2022-09, end: 2022-09-10 }\n")
                .Append($"    sources: [{{ document: paper, quote: \"{new string('q', i % 90)} {i}\" }}, {{ document: other{i % 5} }}]\n");
        }

        text.Append("events:\n  fight:\n    type: Battle\n    time: 2022-09-06\n    by: [town1]\n");
        text.Append("facts:\n");
        for (var i = 0; i < 3_000; i++)
        {
            text.Append(i % 2 == 0
                ? $"  - town{i} partOf west\n"
                : $"  - {{ subject: town{i}, relation: partOf, object: east, time: {{ date: 2022-09-{1 + i % 28:00} }}, sources: [{{ document: paper, quote: \"x {i}\" }}] }}\n");
        }

        var compact = AssertReadsBackEqual("/big.kg.yaml", text.ToString());

        Assert.True(compact.Bytes > 3 * 64 * 1024, $"{compact.Bytes} bytes fill only one chunk");
        Assert.Equal(new[] { "paper", "other0", "other1", "other2", "other3", "other4" }, compact.NamedDocuments);
    }

    [Fact]
    public void Places_of_every_shape_read_back_exactly()
    {
        // A parse makes places in its own file, most on one line; the store must keep any other exactly too.
        var places = new[]
        {
            new SourceSpan("/data.kg.yaml", 40, 47, 3, 5, 3, 12), // one line
            new SourceSpan("/data.kg.yaml", 10, 90, 2, 3, 5, 1), // several lines
            new SourceSpan("/other.kg.yaml", 5, 9, 1, 6, 1, 10), // another file
            SourceSpan.FileOnly("/data.kg.yaml"), // no line: behind the places before it
            new SourceSpan("/data.kg.yaml", 7, 3, 9, 70, 2, 1), // ends before it starts
            new SourceSpan("/data.kg.yaml", int.MaxValue - 1, int.MaxValue, 100_000, 200, 100_000, 201),
        };
        var compact = new CompactItems("/data.kg.yaml");
        var entities = places.Select((place, i) => new InstanceSyntax(
            new Located($"e{i}", place), new Located("Town", places[(i + 1) % places.Length]), null, default, null,
            new TimeSyntax(new Located("2022-09", place), null, null, places[(i + 2) % places.Length]), default, default)).ToList();
        entities.ForEach(compact.AddEntity);
        var facts = places.Select(place => new FactSyntax(null, new Located("partOf", place), null, null, default, place)).ToList();
        facts.ForEach(compact.AddFact);

        Assert.Equal(entities, compact.Instances(events: false, release: false));
        Assert.Equal(entities.Select(e => e.Header()), compact.Headers(events: false));
        Assert.Equal(facts, compact.Facts(release: true));
    }

    [Fact]
    public void Documents_named_read_back_in_the_order_of_a_whole_file_whatever_the_order_of_its_sections()
    {
        const string text = """
            namespace: Big
            facts:
              - { subject: north, relation: partOf, object: south, sources: [{ document: d }] }
            events:
              fight: { type: Battle, sources: [{ document: e }] }
            entities:
              north: { type: Town, sources: [{ document: f }, { document: d }] }
            """;

        var compact = AssertReadsBackEqual("/data.kg.yaml", text);

        Assert.Equal(new[] { "f", "d", "e" }, compact.NamedDocuments);
    }

    [Fact]
    public void A_small_files_store_costs_about_its_size()
    {
        // Many small files are parsed before any is bound: each store must not cost a chunk of a large file's size per kind.
        const string text = "namespace: Big\nentities:\n  north: { type: Town }\nevents:\n  fight: { type: Battle, time: 2022-09-06 }\nfacts:\n  - north partOf south\n";
        long Allocated(bool compact)
        {
            Parse("/data.kg.yaml", text, compact); // once before, so that what is made once per process is not counted
            var before = GC.GetAllocatedBytesForCurrentThread();
            var file = Parse("/data.kg.yaml", text, compact);
            var after = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(file);
            return after - before;
        }

        var extra = Allocated(compact: true) - Allocated(compact: false);

        Assert.True(extra < 4 * 1024, $"parsing compact allocates {extra} bytes more than a whole parse");
    }

    [Fact]
    public void Reading_with_release_drops_the_bytes_and_a_second_reading_is_refused()
    {
        var file = Parse("/data.kg.yaml", "namespace: Big\nentities:\n  north: { type: Town }\n  south: { type: Town }\nfacts:\n  - north partOf south\n", compact: true);
        var compact = file.Compact!;

        Assert.Equal(2, compact.Instances(events: false, release: false).Count()); // reading without release may be repeated
        Assert.Equal(2, compact.Instances(events: false, release: true).Count());
        Assert.Single(compact.Facts(release: true));

        var error = Assert.Throws<InvalidOperationException>(() => compact.Instances(events: false, release: false).ToList());
        Assert.Contains("read once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_text_read_back_again_is_one_string_and_a_long_one_a_string_each_time()
    {
        var longName = new string('n', 65);
        var text = $"namespace: Big\nentities:\n  north: {{ type: Town, name: {longName} }}\n  south: {{ type: Town, name: {longName} }}\n";

        var both = Parse("/data.kg.yaml", text, compact: true).Compact!.Instances(events: false, release: true).ToList();

        Assert.Same(both[0].Type!.Text, both[1].Type!.Text);
        Assert.Equal(longName, both[1].DisplayName!.Text);
        Assert.NotSame(both[0].DisplayName!.Text, both[1].DisplayName!.Text);
    }

    [Fact]
    public void A_compact_file_binds_as_its_syntax_does()
    {
        const string schema = """
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
        const string data = """
            namespace: Big
            documents:
              paper: { path: paper.txt }
            entities:
              north: { type: Town, population: 10, twin: south, partOf: west, sources: [{ document: paper }] }
              south: { type: Town, population: many }
              west: { type: Town }
            facts:
              - south partOf west
              - north partOf nowhere
              - { subject: west, relation: partOf, object: north, sources: [{ document: paper }] }
            """;
        var schemaFile = OntologyFileParser.Parse("/schema.kg.yaml", schema);

        FileBindingResult Bind(bool compact)
        {
            var file = Parse("/data.kg.yaml", data, compact);
            var declared = DeclarationBinder.Declare(new[] { schemaFile, file }.Select(DeclarationBinder.Declarations), options: null);
            return FileBinder.Bind(file, declared.Table, new NoDocuments());
        }

        var whole = Bind(compact: false);
        var compactResult = Bind(compact: true);

        Assert.Equal(new[] { "KG0004", "KG0007", "KG0012", "KG0012", "KG0020" }, whole.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(whole, compactResult);
    }

    private static CompactItems AssertReadsBackEqual(string path, string text)
    {
        var whole = Parse(path, text, compact: false);
        var compactFile = Parse(path, text, compact: true);
        var compact = compactFile.Compact!;

        Assert.Equal(whole.Diagnostics, compactFile.Diagnostics);
        Assert.Equal(whole.Entities.Select(e => e.Header()), compact.Headers(events: false));
        Assert.Equal(whole.Events.Select(e => e.Header()), compact.Headers(events: true));
        Assert.Equal(DeclarationBinder.Declarations(whole).Entities, DeclarationBinder.Declarations(compactFile).Entities);
        Assert.Equal(DeclarationBinder.Declarations(whole).Events, DeclarationBinder.Declarations(compactFile).Events);
        Assert.True(DeclarationBinder.Declarations(compactFile).DeclaresData == whole.DeclaresData);
        Assert.Empty(compactFile.Entities);
        Assert.Empty(compactFile.Events);
        Assert.Empty(compactFile.Facts);
        Assert.Equal(whole.Entities, compact.Instances(events: false, release: false));
        Assert.Equal(whole.Events, compact.Instances(events: true, release: false));
        Assert.Equal(whole.Facts, compact.Facts(release: false));
        Assert.Equal((whole.Entities.Count, whole.Events.Count, whole.Facts.Count), (compact.EntityCount, compact.EventCount, compact.FactCount));
        Assert.Equal(whole.DeclaresData, compactFile.DeclaresData);
        Assert.Equal(
            whole.Entities.Concat(whole.Events).SelectMany(i => i.Sources).Concat(whole.Facts.SelectMany(f => f.Sources))
                .Where(s => s.Document is not null).Select(s => s.Document!.Text).Distinct(),
            compact.NamedDocuments);
        Assert.Equal(DocumentUses.Of(whole, Array.Empty<Language.Model.DocumentModel>()), DocumentUses.Of(compactFile, Array.Empty<Language.Model.DocumentModel>()));
        return compact;
    }

    private static OntologyFileSyntax Parse(string path, string text, bool compact) =>
        OntologyFileParser.Parse(path, text, YamlLimits.Default, compactData: compact);
}
