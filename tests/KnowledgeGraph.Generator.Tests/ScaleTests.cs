using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Syntax;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>Ontologies of the size of a corpus compile, run and answer as their files say; none of this times anything.</summary>
public sealed class ScaleTests
{
    private const string Schema = """
        namespace: Big
        enums:
          Side: [red, blue]
        types:
          Town:
            is: Place
            properties:
              population: int?
              side: Side?
              twin: Town?
          Visit:
            is: Event
            roles:
              by: Town
              at: Town
            implies:
              visited: by -> at
        relations:
          partOf: { from: Place, to: Place, inverse: contains, transitive: true }
          visited: { from: Place, to: Place }
        """;

    [Fact]
    public void A_data_file_of_ten_thousand_entities_compiles_and_its_graph_answers_as_the_yaml_says()
    {
        const int entities = 10_000, events = 1_000;
        // The first entity names the last: made after it, though its record comes first.
        var data = new StringBuilder("namespace: Big.Data\nentities:\n  forward: { type: Town, twin: t9999 }\n");
        for (var i = 0; i < entities; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  t{i}: {{ type: Town, name: Town {i}, population: {i * 3}, side: {(i % 2 == 0 ? "red" : "blue")}");
            data.Append(i > 0 ? $", twin: t{i / 2}" : string.Empty).Append(i % 10 == 1 ? $", partOf: t{i - 1}" : string.Empty).Append(" }\n");
        }

        data.Append("events:\n");
        for (var i = 0; i < events; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  v{i}: {{ type: Visit, by: t{i}, at: t{entities - 1 - i}, date: 2022-09-{1 + i % 28:00} }}\n");
        }

        data.Append("facts:\n");
        for (var i = 0; i < entities; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  - t{i} visited t{(i * 7 + 3) % entities}\n");
        }

        const string code = """
            using System.Linq;
            using Big;
            using Big.Data;
            public static class Query
            {
                public static string Run()
                {
                    var g = DataGraph.Create();
                    var t4242 = Entities.T4242;
                    return string.Join("|",
                        g.All<Town>().Count(), g.Events<Visit>().Count(), g.Facts<Visited>().Count(), g.Facts<PartOf>().Count(),
                        t4242.Name, t4242.Population, t4242.Side, t4242.Twin!.Id, t4242.Twin == Entities.T2121,
                        string.Join(",", g.Visited(Entities.T10).Select(t => t.Id).OrderBy(id => id)), g.Contains(Entities.T4240).Single().Id, Events.V999.At.Id,
                        Entities.All.Count, Events.All.Count, Entities.Forward.Twin == Entities.T9999, Entities.All[0] == Entities.Forward);
                }
            }
            """;
        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", Schema), ("data.kg.yaml", data.ToString()) }, code);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);

        // Facts: 10,000 stated visits and 1,000 implied by the events; 1,000 partOf from relation keys.
        Assert.Equal("10001|1000|11000|1000|Town 4242|12726|Red|t2121|True|t73,t9989|t4241|t9000|10001|1000|True|True", run.Invoke("Query", "Run"));
        var table = run.Source("KnowledgeGraph.Generated.DataData.g.cs");
        Assert.Contains("global::KnowledgeGraph.DataTable.Deflated(nameof(DataData), ", table);

        // The deflated table is several literals of whole base64 blocks, each short enough to stay off the collected heap.
        var literals = System.Text.RegularExpressions.Regex.Matches(table, "\"([A-Za-z0-9+/=]{1000,})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(literals.Count > 1, $"{literals.Count} base64 literal(s)");
        Assert.All(literals.SkipLast(1), part => Assert.Equal(30_000, part.Length));
        Assert.InRange(literals[^1].Length, 4, 30_000);
        Assert.All(literals, part => Assert.Equal(0, part.Length % 4));
        var generated = run.Sources.Sum(s => s.SourceText.Length);
        Assert.True(generated < 150 * (entities + events + entities), $"{generated} characters of generated C# for {entities + events + entities} entities, events and facts");
    }

    [Fact]
    public void A_chain_of_two_thousand_types_binds_and_each_inherits_every_member_above_it()
    {
        const int types = 2_000;
        var schema = new StringBuilder("namespace: Chain\ntypes:\n  T0: { is: Place, properties: { p0: int? } }\n");
        for (var i = 1; i < types; i++)
        {
            schema.Append(CultureInfo.InvariantCulture, $"  T{i}: {{ is: T{i - 1}{(i % 100 == 0 ? $", properties: {{ p{i}: int? }}" : string.Empty)} }}\n");
        }

        schema.Append("entities:\n  deep: { type: T1999, p0: 1, p1900: 2 }\n");
        var file = OntologyFileParser.Parse("/chain.kg.yaml", schema.ToString());

        var result = Binder.Bind(new[] { file }, new NoDocuments());

        Assert.Empty(result.Diagnostics);
        var deepest = result.Schema.Types.Single(t => t.Name == "T1999");
        Assert.Equal(Enumerable.Range(0, 20).Select(i => "p" + (i * 100)), deepest.AllMembers.Select(m => m.Name));
        Assert.Equal(2, result.Files.Single().Instances.Single().Values.Count);
    }

    [Fact]
    public void Declaring_an_is_chain_allocates_in_proportion_to_its_length_not_its_square()
    {
        static long Allocated(int types)
        {
            // Each type inherits the one property of the root: what the chain declares grows in proportion to its length.
            var schema = new StringBuilder("namespace: Chain\ntypes:\n  T0: { is: Place, properties: { p0: int? } }\n");
            for (var i = 1; i < types; i++)
            {
                schema.Append(CultureInfo.InvariantCulture, $"  T{i}: {{ is: T{i - 1} }}\n");
            }

            var declarations = DeclarationBinder.Declarations(OntologyFileParser.Parse("/chain.kg.yaml", schema.ToString()));
            DeclarationBinder.Declare(new[] { declarations }); // warm
            var before = System.GC.GetAllocatedBytesForCurrentThread();
            Assert.Empty(DeclarationBinder.Declare(new[] { declarations }).Diagnostics);
            return System.GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var (thousand, fourThousand) = (Allocated(1_000), Allocated(4_000));

        // Linear work allocates four times as much for four times the types; square work would allocate sixteen times.
        Assert.True(fourThousand < 6 * thousand, $"1,000 types: {thousand:N0} bytes; 4,000 types: {fourThousand:N0} bytes");
    }

    [Fact]
    public void Properties_that_name_each_other_across_files_are_reported_as_a_cycle()
    {
        const string first = "namespace: A\nentities:\n  a: { type: Town, twin: b }\n";
        const string second = "namespace: B\nentities:\n  b: { type: Town, twin: a }\n";

        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("a.kg.yaml", first), ("b.kg.yaml", second));

        var cycle = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("KG0040", cycle.Id);
        Assert.Contains("Properties form a cycle (a -> b -> a)", cycle.GetMessage());
        Assert.EndsWith("b.kg.yaml", cycle.Location.GetLineSpan().Path);
        Assert.Equal((3, 26), (cycle.Location.GetLineSpan().StartLinePosition.Line + 1, cycle.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void An_id_declared_in_two_files_of_one_namespace_is_reported_at_both_and_neither_replaces_the_other_silently()
    {
        const string first = "namespace: A\nentities:\n  kyiv: { type: Town, population: 1 }\n";
        const string second = "namespace: A\nentities:\n  other: { type: Town }\n  kyiv: { type: Town, population: 2 }\n";

        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("a.kg.yaml", first), ("b.kg.yaml", second));

        var places = run.GeneratorDiagnostics.Where(d => d.Id == "KG0015")
            .Select(d => (System.IO.Path.GetFileName(d.Location.GetLineSpan().Path), d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .OrderBy(p => p.Item1)
            .ToList();
        Assert.Equal(new[] { ("a.kg.yaml", 3, 3), ("b.kg.yaml", 4, 3) }, places);
    }

    [Theory]
    [InlineData("entities:\n  kyiv: { type: Town }\n", "entities:\n  Kyiv: { type: Town }\n", "Entity")]
    [InlineData("relations:\n  nearTo: { from: Town, to: Town }\n", "relations:\n  NearTo: { from: Town, to: Town }\n", "Relation")]
    public void Two_names_of_two_files_that_become_one_CSharp_identifier_are_reported(string first, string second, string what)
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("a.kg.yaml", "namespace: A\n" + first), ("b.kg.yaml", "namespace: A\n" + second));

        var clash = Assert.Single(run.GeneratorDiagnostics);
        var span = clash.Location.GetLineSpan();
        Assert.Equal(("KG0019", "b.kg.yaml", 3, 3), (clash.Id, System.IO.Path.GetFileName(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.StartsWith(what, clash.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Data_too_large_for_an_assembly_is_one_error_at_its_file_and_the_rest_still_compiles()
    {
        // Random CJK text does not compress: 2.2 million characters are 6.6 MB of UTF-8, more than an assembly's strings can hold once in base64.
        var random = new System.Random(9);
        var text = new string(Enumerable.Range(0, 2_200_000).Select(_ => (char)random.Next(0x4E00, 0x9FFF)).ToArray());
        var data = $"namespace: Big.Data\nentities:\n  huge: {{ type: Town, doc: \"{text}\" }}\n";

        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("huge.kg.yaml", data));

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("KG0024", error.Id);
        Assert.EndsWith("huge.kg.yaml", error.Location.GetLineSpan().Path);
        Assert.Equal(0, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("load it at run time with GraphLoader", error.GetMessage());
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_namespace_compiles_at_most_sixty_thousand_entities_and_the_first_one_too_many_is_reported()
    {
        var data = new StringBuilder("namespace: Big.Data\nentities:\n");
        for (var i = 0; i <= DeclarationBinder.MaxMembersPerClass; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  t{i}: {{ type: Town }}\n");
        }

        var files = new[] { ("/schema.kg.yaml", Schema), ("/data.kg.yaml", data.ToString()) }.Select(f => OntologyFileParser.Parse(f.Item1, f.Item2));

        var result = Binder.Bind(files, new NoDocuments());

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0024", "/data.kg.yaml", DeclarationBinder.MaxMembersPerClass + 3, 3), (error.Id, error.Span.Path, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("Declare the rest in another namespace", error.Message);
    }

    [Fact]
    public void A_file_keeps_one_copy_of_each_short_text_it_repeats()
    {
        const string data = """
            namespace: Big
            entities:
              north: { type: Town, side: red }
              south: { type: Town, side: red, twin: north }
            facts:
              - north partOf south
              - subject: south
                relation: partOf
                object: north
            """;

        var file = OntologyFileParser.Parse("/data.kg.yaml", data);

        Assert.Empty(file.Diagnostics);
        var (north, south) = (file.Entities[0], file.Entities[1]);
        var (shortFact, longFact) = (file.Facts[0], file.Facts[1]);
        // Keys, type names and values: one string each however often the file says them.
        Assert.Same(north.Type!.Text, south.Type!.Text);
        Assert.Same(north.Entries[0].Key.Text, south.Entries[0].Key.Text);
        Assert.Same(north.Entries[0].Values[0].Text, south.Entries[0].Values[0].Text);
        // Ids, whether a key, a value, a word cut out of a short fact or a scalar of a long one.
        Assert.Same(north.Name.Text, south.Entries[1].Values[0].Text);
        Assert.Same(north.Name.Text, shortFact.Subject!.Text);
        Assert.Same(north.Name.Text, longFact.Object!.Text);
        Assert.Same(shortFact.Relation!.Text, longFact.Relation!.Text);
        // Each word of a short fact is still located on its own.
        Assert.Equal((6, 5, 10), (shortFact.Subject.Span.StartLine, shortFact.Subject.Span.StartColumn, shortFact.Subject.Span.EndColumn));
    }

    [Fact]
    public void Long_texts_are_not_pooled()
    {
        var quote = new string('q', 100);
        var file = OntologyFileParser.Parse("/data.kg.yaml", $"entities:\n  a: {{ type: Town, doc: {quote} }}\n  b: {{ type: Town, doc: {quote} }}\n");

        Assert.Equal(quote, file.Entities[0].Doc);
        Assert.NotSame(file.Entities[0].Doc, file.Entities[1].Doc);
    }

    [Fact]
    public void The_data_sections_items_are_handed_over_as_read_and_the_tree_keeps_none()
    {
        const string data = """
            namespace: Big
            entities:
              north: { type: Town }
              south: { type: Town }
            facts:
              - north partOf south
            types:
              Town: { is: Place }
            """;
        var sink = new CountingSink();

        var root = (KnowledgeGraph.Language.Yaml.YamlMapping)KnowledgeGraph.Language.Yaml.YamlTreeReader.Read(
            "/data.kg.yaml", data, KnowledgeGraph.Language.Yaml.YamlLimits.Default, new System.Collections.Generic.List<KnowledgeGraph.Language.Diagnostics.KgDiagnostic>(),
            new KnowledgeGraph.Language.Text.StringPool(), sink)!;

        Assert.Equal(new[] { "entities north", "entities south", "facts -" }, sink.Items);
        var sections = root.Entries.ToDictionary(e => e.Key.Value, e => e.Value);
        Assert.Empty(((KnowledgeGraph.Language.Yaml.YamlMapping)sections["entities"]).Entries);
        Assert.Empty(((KnowledgeGraph.Language.Yaml.YamlSequence)sections["facts"]).Items);
        Assert.Single(((KnowledgeGraph.Language.Yaml.YamlMapping)sections["types"]).Entries); // a section not taken stays in the tree
    }

    [Fact]
    public void A_file_whose_YAML_breaks_after_its_first_entities_declares_none_of_them()
    {
        var file = OntologyFileParser.Parse("/data.kg.yaml", "entities:\n  north: { type: Town }\n  south: { type: Town }\n  west: [unclosed\n");

        Assert.Empty(file.Entities);
        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("KG0001", error.Id);
    }

    [Fact]
    public void A_repeated_data_section_is_reported_and_its_items_are_not_read()
    {
        var file = OntologyFileParser.Parse("/data.kg.yaml", "entities:\n  north: { type: Town }\nentities:\n  south: { type: Town, bad key: 1, bad key: 2 }\n");

        Assert.Equal(new[] { "north" }, file.Entities.Select(e => e.Name.Text));
        // The repeated section at its key; its value is still read for YAML problems of its own, as before.
        Assert.Contains(file.Diagnostics, d => d.Id == "KG0015" && (d.Span.StartLine, d.Span.StartColumn) == (3, 1));
    }

    [Fact]
    public void The_items_of_a_data_section_report_in_the_sections_turn_as_from_the_tree()
    {
        // Problems in entities (read as the YAML is) and in types (read from the tree after it) keep the order the
        // sections are read in: schema sections, then documents, entities, events, facts and omitted passages.
        var file = OntologyFileParser.Parse("/data.kg.yaml", "facts:\n  - a b\nentities:\n  north: { name: North }\ntypes:\n  Town: { is: [Place, 3] }\n");

        Assert.Equal(new[] { 6, 4, 2 }, file.Diagnostics.Select(d => d.Span.StartLine));
    }

    private sealed class CountingSink : KnowledgeGraph.Language.Yaml.IYamlItemSink
    {
        public System.Collections.Generic.List<string> Items { get; } = new();

        public bool Takes(string section, bool isMapping) => section is "entities" or "facts";

        public void Item(string section, KnowledgeGraph.Language.Yaml.YamlScalar? name, KnowledgeGraph.Language.Yaml.YamlNode value) =>
            Items.Add(section + " " + (name?.Value ?? "-"));
    }
}
