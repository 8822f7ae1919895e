using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using KnowledgeGraph.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>Each diagnostic of the language, reported by the generator with its id at the offending file, line and column.</summary>
public sealed class DiagnosticTests
{
    private const string Schema = """
        namespace: S
        enums:
          Side: [Ukraine, Russia]
        types:
          State: { is: Actor }
          Town:
            is: Place
            properties:
              population: int?
          Army:
            is: Actor
            properties:
              side: Side
          Move:
            is: Event
            roles:
              by: Army
              to: Place?
        relations:
          holds: { from: Actor, to: Place }
        """;

    private const string Army = "namespace: T\nentities:\n  army: { type: Army, side: Russia }\n";

    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("KG0001", "namespace: T\nentities: {\n  a: [b\n", 4, 1, "not valid YAML"),
        Case("KG0002", "namespace: T\nentitis: {}\n", 2, 1, "did you mean 'entities'?"),
        Case("KG0002", "namespace: T\nentities:\n  kyiv: { type: Town, population: 40,000 }\n", 3, 38, "a comma inside { } starts another entry: write a number without separators (40000)"),
        Case("KG0002", "namespace: T\ntypes:\n  Hut:\n    is: Place\n    properties:\n      rooms: { type: int, default: 1,000 }\n", 6, 38, "a comma inside { } starts another entry"),
        Case("KG0002", "namespace: T\n2022: { type: Town, population: 5 }\n", 2, 1, "it looks like an entity or an event: indent it under 'entities:'"),
        Case("KG0003", "namespace: T\ntypes: [a]\n", 2, 8, "must be a mapping"),
        Case("KG0004", "namespace: T\nentities:\n  kyiv: { type: Town, population: many }\n", 3, 35, "'many' is not a valid int"),
        Case("KG0005", "namespace: T\ntypes:\n  Village: { is: Plac }\n", 3, 18, "did you mean 'Place'?"),
        Case("KG0006", Army + "  kyiv: { type: Town }\nfacts:\n  - army hold kyiv\n", 6, 10, "did you mean 'holds'?"),
        Case("KG0007", Army + "  kyiv: { type: Town }\nfacts:\n  - army holds kiev\n", 6, 16, "did you mean 'kyiv'?"),
        Case("KG0008", "namespace: T\nentities:\n  army: { type: Army, side: Rusia }\n", 3, 29, "did you mean 'Russia'?"),
        Case("KG0009", Army + "events:\n  move:\n    type: Move\n    by: army\n    source: { document: artcle, quote: x }\n", 8, 25, "Unknown document 'artcle'"),
        Case("KG0010", "namespace: T\ntypes:\n  Push:\n    is: Event\n    roles:\n      by: Army\n    implies:\n      holds: by -> target\n", 8, 20, "has no role 'target'"),
        Case("KG0011", Army + "facts:\n  - army holds army\n", 5, 16, "must be a Place, but 'army' is an Army"),
        Case("KG0012", "namespace: T\nentities:\n  army: { type: Army }\n", 3, 3, "missing required property 'side'"),
        Case("KG0013", "namespace: T\nentities:\n  kyiv: { type: Town, population: [1, 2] }\n", 3, 35, "takes a single value"),
        Case("KG0014", "namespace: T\ntypes:\n  A: { is: B }\n  B: { is: A }\n", 3, 12, "inherits from itself: A -> B -> A"),
        Case("KG0015", "namespace: T\ntypes:\n  State: { is: Actor }\n", 3, 3, "declared twice"),
        Case("KG0016", "namespace: T\ndocuments:\n  doc: { path: doc.txt }\n" + Army.Substring("namespace: T\n".Length) + "events:\n  move:\n    type: Move\n    by: army\n    source: { document: doc, quote: not in there }\n", 10, 37, "does not occur in document 'doc'"),
        Case("KG0017", Army + "events:\n  move:\n    type: Move\n    by: army\n    date: 2022-13-01\n", 8, 11, "'2022-13-01' is not a valid date"),
        Case("KG0018", "namespace: T\nentities:\n  my-army: { type: Army, side: Russia }\n", 3, 3, "cannot become a C# identifier"),
        Case("KG0019", "namespace: T\nentities:\n  kyiv: { type: Town }\n  Kyiv: { type: Town }\n", 4, 3, "both become the C# identifier 'Kyiv'"),
        Case("KG0020", "namespace: T\ndocuments:\n  doc: { path: missing.txt }\n", 3, 16, "was not found"),
        Case("KG0021", "namespace: T\nentities:\n  army: &a { type: Army, side: Russia }\n", 3, 9, "Anchors"),
        Case("KG0023", "namespace: T\ntypes:\n  Actor: { is: Place }\n", 3, 3, "reserved for the built-in kind"),
        Case("KG0024", "namespace: T\nx: " + new string('[', 70) + new string(']', 70) + "\n", 2, 67, "nests deeper than 64 levels"),
        Case("KG0028", "namespace: T\ndocuments:\n  doc: { path: doc.txt }\nomitted:\n  - { document: doc, quote: \"40,000 people\", reason: opinion }\n", 5, 29, "holds a number ('40,000')"),
        Case("KG0029", Army + "events:\n  move:\n    type: Move\n    by: army\n    start: 2022-09\n    end: 2022-08-31\n", 9, 10, "The end '2022-08-31' is before the start '2022-09'"),
        Case("KG0030", "namespace: T\nentities:\n  kyiv: { type: Town }\n  k\u0443iv: { type: Town }\n", 4, 3, "mixes Latin and Cyrillic letters ('\u0443' is Cyrillic)"),
        Case("KG0031", "namespace: T\nentities:\n  kyiv: { type: Town, name: K\uFFFDiv }\n", 3, 30, "holds U+FFFD here"),
        Case("KG0026", "namespace: T\ndocuments:\n  doc: { path: ../etc/passwd }\n", 3, 16, "climbs out of the folder of the file that names it (/project)"),
        Case("KG0036", "namespace: T\ntypes:\n  Fort:\n    is: Place\n    roles: { by: Army }\n", 5, 14, "Only event types have roles; 'Fort' is a Place, so declare 'by' under 'properties'"),
        Case("KG0037", "namespace: T\ntypes:\n  Village: { is: Side }\n", 3, 18, "'Side' is an enum and cannot be used as"),
        Case("KG0038", "namespace: T\ntypes:\n  Fort:\n    is: Place\n    properties: { names: string* = x }\n", 5, 36, "Only single scalar or enum properties can have a default"),
        Case("KG0039", "namespace: T\ntypes:\n  Take:\n    is: Event\n    roles: { by: Army, of: Town }\n    ends: { holds: \"by -> of\" }\n", 6, 13, "'holds' is not a lasting relation"),
        Case("KG0040", "namespace: T\ntypes:\n  Node: { is: Place, properties: { next: Node } }\nentities:\n  a: { type: Node, next: b }\n  b: { type: Node, next: a }\n", 6, 26, "Properties form a cycle (a -> b -> a)"),
        Case("KG0041", Army + "events:\n  move:\n    type: Move\n    by: army\n    date: 2022-09-10\n    start: 2022-09\n", 8, 11, "has both 'date' and 'start'/'end'"),
        Case("KG0042", "namespace: T\nevents:\n  kyiv: { type: Town }\n", 3, 17, "declare it under 'entities'"),
        Case("KG0043", Army + "  kyiv: { type: Town }\nfacts:\n  - army holds kyiv\n  - army holds kyiv\n", 7, 5, "The fact 'army holds kyiv' is stated again in this file; it was first stated at /project/t.kg.yaml(6,5)"),
        Case("KG0044", "namespace: T\ndocuments:\n  doc: { path: doc.txt }\n", 3, 3, "Document 'doc' is declared, but no source quotes it"),
        Case("KG0027", "namespace: T\ndocuments:\n  doc: { path: doc.txt }\nomitted:\n  - { document: doc, quote: Some text, reason: opinon }\n", 5, 48, "write one of opinion, speculation, commentary, repetition, heading, caption, boilerplate; did you mean 'opinion'?"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostic_is_reported_at_the_offending_token(string id, string yaml, int line, int column, string messagePart)
    {
        var help = new TestAnalyzerConfigOptionsProvider(("build_property.KnowledgeGraphDiagnosticsHelp", "https://docs.example.com/kg/diagnostics.md"));
        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", Schema), ("t.kg.yaml", yaml), ("doc.txt", "Some text here, for 40,000 people.") }, string.Empty, options: help);

        var located = run.GeneratorDiagnostics
            .Where(d => d.Id == id)
            .Select(d => (d.Location.GetLineSpan(), Message: d.GetMessage()))
            .ToList();
        Assert.Contains(located, d =>
            d.Item1.Path == GeneratorHarness.Root + "t.kg.yaml"
            && d.Item1.StartLinePosition.Line + 1 == line
            && d.Item1.StartLinePosition.Character + 1 == column
            && d.Message.Contains(messagePart));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(
            Descriptors.All.Single(x => x.Id == d.Id).Severity == KgSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, d.DefaultSeverity));

        // The compiler gets the id's own wording as the format (the arguments fill it in) and a link to the id's section.
        Assert.All(run.GeneratorDiagnostics, d =>
        {
            Assert.Contains(d.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), DescriptorTests.Wordings().Where(w => w.Id == d.Id).Select(w => w.MessageFormat));
            Assert.Equal("https://docs.example.com/kg/diagnostics.md#" + d.Id.ToLowerInvariant(), d.Descriptor.HelpLinkUri);
            Assert.Equal(Descriptors.Find(d.Id).Title, d.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(Descriptors.Find(d.Id).Description, d.Descriptor.Description.ToString(CultureInfo.InvariantCulture));
        });
    }

    /// <summary>The comma hint is for a key of digits on the line of the number before it, as only `{ }` allows: not for every key of digits.</summary>
    [Fact]
    public void A_key_of_digits_on_a_line_of_its_own_is_not_told_about_commas()
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", "namespace: T\nentities:\n  kyiv:\n    type: Town\n    population: 40\n    000: 5\n  lviv: { type: Town, 2022: 5 }\n"));

        var messages = run.GeneratorDiagnostics.Where(d => d.Id == "KG0002").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.DoesNotContain("comma", m, System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_type_of_an_entity_or_event_is_told_a_type_it_could_have()
    {
        // 'Actr' is one letter from the built-in Actor, which no entity may have (KG0042): not a suggestion to make.
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", "namespace: T\nentities:\n  a: { type: Actr }\n  b: { type: Armi }\nevents:\n  m: { type: Evnt }\n  n: { type: Moov }\n"));

        var messages = run.GeneratorDiagnostics.Where(d => d.Id == "KG0005").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, messages.Count);
        Assert.DoesNotContain("'Actor'", messages[0]);
        Assert.Contains("did you mean 'Army'?", messages[1]);
        Assert.DoesNotContain("'Event'", messages[2]);
        Assert.Contains("did you mean 'Move'?", messages[3]);
    }

    [Fact]
    public void Every_diagnostic_a_user_can_cause_has_a_located_case()
    {
        var covered = Cases().Select(c => (string)c[0]).ToHashSet();
        // RDF is read at run time only (Sdk.Tests/Rdf/RdfImportTests locates KG0032 and KG0033); KG0034 is about an
        // MSBuild property and has no place in a file (CompilationTests); KG0035 is a run-time load's (LoaderTests).
        var runTimeOnly = new[] { Descriptors.InternalError, Descriptors.InvalidRdf, Descriptors.RdfOutsideOntology, Descriptors.InvalidBuildProperty, Descriptors.SchemaAtRunTime };
        var uncovered = Descriptors.All.Where(d => !runTimeOnly.Contains(d) && !covered.Contains(d.Id)).Select(d => d.Id).ToList();
        Assert.Equal(new string[0], uncovered);
    }

    [Fact]
    public void A_fact_stated_twice_links_its_first_statement_and_a_repeated_key_is_told_to_go()
    {
        var data = Army + "  kyiv: { type: Town }\n  lviv: { type: Town }\n  guard: { type: Army, side: Ukraine, holds: [lviv, lviv] }\nfacts:\n  - army holds kyiv\n  - army holds kyiv\n";

        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", data));

        var warnings = run.GeneratorDiagnostics.Where(d => d.Id == "KG0043").OrderBy(d => d.Location.GetLineSpan().StartLinePosition).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal((6, 53), Position(warnings[0].Location));
        Assert.Equal("The fact 'guard holds lviv' is stated again in this file; it was first stated at /project/t.kg.yaml(6,47). Remove this one: a fact stated twice is one fact", warnings[0].GetMessage());
        Assert.Equal((6, 47), Position(Assert.Single(warnings[0].AdditionalLocations)));
        Assert.Equal((9, 5), Position(warnings[1].Location));
        Assert.StartsWith("The fact 'army holds kyiv' is stated again in this file; it was first stated at /project/t.kg.yaml(8,5). The two statements make one fact", warnings[1].GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal((8, 5), Position(Assert.Single(warnings[1].AdditionalLocations)));
    }

    [Theory]
    [InlineData(">-")]
    [InlineData("|")]
    public void A_quote_written_as_a_block_is_reported_at_its_text_not_at_its_indicator(string indicator)
    {
        var data = "namespace: T\ndocuments:\n  doc: { path: doc.txt }\n" + Army.Substring("namespace: T\n".Length)
            + $"events:\n  move:\n    type: Move\n    by: army\n    source:\n      document: doc\n      quote: {indicator}\n\n        not in\n        there\n";

        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", data), ("doc.txt", "Some text here."));

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("KG0016", 14, 9), (error.Id, Position(error.Location).Line, Position(error.Location).Column));
    }

    private static (int Line, int Column) Position(Location location) =>
        (location.GetLineSpan().StartLinePosition.Line + 1, location.GetLineSpan().StartLinePosition.Character + 1);

    [Fact]
    public void A_data_file_whose_every_entry_is_wrong_gives_its_own_errors_and_no_compiler_error()
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", "namespace: T\nentities:\n  army: { type: Army, side: Rusia }\n"));

        Assert.Equal(new[] { "KG0008" }, run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_ends_rule_must_name_a_lasting_relation_and_a_role()
    {
        const string Types = "namespace: T\nrelations:\n  controls: { from: Actor, to: Place, lasting: true }\ntypes:\n  Take:\n    is: Event\n    roles: { by: Army, of: Town }\n    ends:\n";
        (string Rule, int Line, int Column, string Message)[] cases =
        {
            ("      holds: \"* -> of\"\n", 9, 7, "'holds' is not a lasting relation"),
            ("      controls: \"* -> *\"\n", 9, 18, "names no role"),
            ("      controls: \"* -> place\"\n", 9, 23, "Type 'Take' has no role 'place'"),
            ("      controls: \"of -> by\"\n", 9, 18, "The subject of 'controls' must be an Actor, but 'of' is a role of type Town"),
        };

        foreach (var (rule, line, column, message) in cases)
        {
            var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", Types + rule));
            Assert.Contains(run.GeneratorDiagnostics, d =>
                d.Location.GetLineSpan().StartLinePosition.Line + 1 == line
                && d.Location.GetLineSpan().StartLinePosition.Character + 1 == column
                && d.GetMessage().Contains(message));
        }

        var onAPlace = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", "namespace: T\ntypes:\n  Camp:\n    is: Place\n    ends:\n      holds: \"* -> by\"\n"));
        Assert.Contains(onAPlace.GeneratorDiagnostics, d => d.Id == "KG0036" && d.GetMessage().Contains("Only event types end facts"));
    }

    [Theory]
    [InlineData("1991-12-1", "write a year (1851), a month (1991-12) or a day (2022-09-10)")]
    [InlineData("1991-13", "it is in that form, but there is no month 13")]
    [InlineData("2021-02-29", "it is in that form, but 2021-02 has 28 days")]
    [InlineData("2024-04-31", "it is in that form, but 2024-04 has 30 days")]
    [InlineData("0000-01", "it is in that form, but the years start at 0001")]
    public void A_wrong_date_in_a_property_says_which_forms_are_accepted_or_why_the_day_does_not_exist(string date, string hint)
    {
        var run = GeneratorHarness.Run(("t.kg.yaml", $"namespace: T\ntypes:\n  Fort: {{ is: Place, properties: {{ founded: date? }} }}\nentities:\n  fort: {{ type: Fort, founded: {date} }}\n  old: {{ type: Fort, founded: 1851 }}\n"));

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("KG0004", 5, 32), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Contains($"'{date}' is not a valid date value for 'founded'; {hint}", error.GetMessage());
    }

    [Theory]
    [InlineData("2022-9-10", "; write a year (2022), a month (2022-09), a day (2022-09-10) or an instant")]
    [InlineData("2021-02-30", "; write a year (2022), a month (2022-09), a day (2022-09-10) or an instant (2022-09-10T14:30:00Z); it is in that form, but 2021-02 has 28 days")]
    [InlineData("2022-00", "; write a year (2022), a month (2022-09), a day (2022-09-10) or an instant (2022-09-10T14:30:00Z); it is in that form, but there is no month 00")]
    public void A_wrong_date_of_an_event_says_which_forms_are_accepted_and_why_the_day_does_not_exist(string date, string hint)
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", Army + $"events:\n  move: {{ type: Move, by: army, date: {date} }}\n"));

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("KG0017", 5, 39), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Contains($"'{date}' is not a valid date{hint}", error.GetMessage());
    }

    [Fact]
    public void A_name_declared_twice_is_reported_at_both_places()
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", "namespace: T\ntypes:\n  State: { is: Actor }\n"));

        var places = run.GeneratorDiagnostics.Where(d => d.Id == "KG0015").Select(d => d.Location.GetLineSpan()).Select(s => (s.Path, s.StartLinePosition.Line + 1)).ToList();
        Assert.Equal(new[] { (GeneratorHarness.Root + "schema.kg.yaml", 5), (GeneratorHarness.Root + "t.kg.yaml", 3) }, places.OrderBy(p => p.Path));
    }

    [Fact]
    public void A_value_listed_twice_in_a_role_is_KG0015_at_the_repeat_and_a_property_may_repeat_one()
    {
        const string Crewed = """
            namespace: C
            types:
              Person: { is: Actor }
              Ship:
                is: Place
                properties:
                  decks: int*
              Launch:
                is: Event
                roles:
                  crew: Person+
            entities:
              koch: { type: Person }
              glover: { type: Person }
              orion: { type: Ship, decks: [1, 2, 1] }
            events:
              l1: { type: Launch, crew: [koch, glover, koch] }
            """;
        var run = GeneratorHarness.Run(("c.kg.yaml", Crewed));

        var repeats = run.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1, d.GetMessage())).ToList();
        // A role's values are facts (one listed twice would be one fact twice); a property's may repeat (decks [1, 2, 1]).
        var repeat = Assert.Single(repeats);
        Assert.Equal(("KG0015", 17, 44), (repeat.Id, repeat.Item2, repeat.Item3));
        Assert.Contains("'koch' is listed twice in 'crew'; the other is at ", repeat.Item4, System.StringComparison.Ordinal);
        Assert.EndsWith("c.kg.yaml(17,30): list each value once", repeat.Item4, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_named_as_a_built_in_type_is_no_clash_as_the_built_in_is_written_as_the_Simple_Event_Models_class()
    {
        var run = GeneratorHarness.Run(("a.kg.yaml", "namespace: A\nrelations:\n  Place: { from: Actor, to: Place }\n  rel: { from: Actor, to: Place, inverse: Event }\n"));

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Theory]
    [InlineData("types:\n  Harbour: { is: Place }\n", "relations:\n  Harbour: { from: Actor, to: Place }\n", "Relation", "type")]
    [InlineData("enums:\n  Tide: [High, Low]\n", "relations:\n  Tide: { from: Actor, to: Place }\n", "Relation", "enum")]
    [InlineData("types:\n  holds: { is: Place }\n", "relations:\n  owns: { from: Actor, to: Place, inverse: holds }\n", "Inverse relation", "type")]
    public void A_relation_named_as_a_type_of_another_namespace_is_KG0015_at_both_as_their_IRIs_would_be_one(string first, string second, string relation, string what)
    {
        // C# keeps them apart (two namespaces); RDF and OWL would not ({base}schema/{name} for both).
        var run = GeneratorHarness.Run(("a.kg.yaml", "namespace: A\n" + first), ("b.kg.yaml", "namespace: B\n" + second));

        var clashes = run.GeneratorDiagnostics.Where(d => d.Id == "KG0015")
            .Select(d => (System.IO.Path.GetFileName(d.Location.GetLineSpan().Path), d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1, d.GetMessage()))
            .OrderBy(d => d.Item1).ToList();
        var column = second.Contains("inverse", System.StringComparison.Ordinal) ? second.IndexOf("holds", System.StringComparison.Ordinal) - "relations:\n".Length + 1 : 3;
        Assert.Equal(new[] { ("a.kg.yaml", 3, 3), ("b.kg.yaml", 3, column) }, clashes.Select(c => (c.Item1, c.Item2, c.Item3)));
        Assert.StartsWith($"{relation} '", clashes[1].Item4, System.StringComparison.Ordinal);
        Assert.Contains($"has the name of the {what} at ", clashes[1].Item4, System.StringComparison.Ordinal);
        Assert.Contains("in RDF and OWL both would be one IRI, a class and a property at once: rename one", clashes[0].Item4, System.StringComparison.Ordinal);
        Assert.Equal(2, run.GeneratorDiagnostics.Length);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void A_key_repeated_in_a_mapping_is_reported_at_the_repeat_whatever_the_mappings_size(int towns)
    {
        // Small mappings are searched in place for repeated keys, large ones through a map: both must find the repeat.
        var lines = Enumerable.Range(0, towns).Select(i => $"  town{i}: {{ type: Town, population: {i} }}\n");
        var yaml = "namespace: T\nentities:\n" + string.Concat(lines) + "  town1: { type: Town, type: Town }\n";
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", yaml));

        var repeats = run.GeneratorDiagnostics.Where(d => d.Id == "KG0015").Select(d => d.Location.GetLineSpan().StartLinePosition).ToList();
        Assert.Equal(new[] { (towns + 3, 3), (towns + 3, 24) }, repeats.Select(p => (p.Line + 1, p.Character + 1)).OrderBy(p => p.Item2));
    }

    [Fact]
    public void Several_errors_in_one_file_are_all_reported_in_file_order()
    {
        var yaml = "namespace: T\nentities:\n  army: { type: Army, side: Rusia }\n  kyiv: { type: Town, population: many }\n  x: { type: Tow }\n";
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", yaml));

        Assert.Equal(new[] { "KG0008", "KG0004", "KG0005" }, run.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Broken_input_still_compiles_the_rest_of_the_ontology()
    {
        var yaml = Army + "  broken: { type: Town, population: many }\n";
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("t.kg.yaml", yaml));

        Assert.Single(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        // The broken entity keeps its member, typed as declared, so code that uses it gets no error of its own.
        Assert.Contains(run.Sources, s => s.HintName == "KnowledgeGraph.Generated.TData.g.cs" && s.SourceText.ToString().Contains("Army =>") && s.SourceText.ToString().Contains("global::S.Town Broken =>"));
    }

    [Theory]
    [InlineData("relations:\n  find: { from: Actor, to: Place }\n", 3, "'find' is reserved for the member 'Find' of Graph and cannot be declared as a relation")]
    [InlineData("relations:\n  describe: { from: Actor, to: Place }\n", 3, "'describe' is reserved for the member 'Describe' of Graph and cannot be declared as a relation")]
    [InlineData("relations:\n  omissions: { from: Actor, to: Place }\n", 3, "'omissions' is reserved for the member 'Omissions' of Graph and cannot be declared as a relation")]
    [InlineData("relations:\n  near: { from: Actor, to: Place, inverse: eventsOf }\n", 3, "'eventsOf' is reserved for the member 'EventsOf' of Graph and cannot be declared as an inverse relation")]
    [InlineData("types:\n  Town: { is: Place, properties: { referenceEquals: int } }\n", 3, "'referenceEquals' is reserved for the C# member 'ReferenceEquals' of every entity")]
    [InlineData("relations:\n  goes: { from: Actor, to: Place }\n  goesInverse: { from: Place, to: Actor }\n", 4, "both become the C# identifier 'GoesInverse'")]
    [InlineData("enums:\n  Level: [low, Low]\n", 3, "both become the C# identifier 'Low'")]
    [InlineData("types:\n  Town: { is: Place, properties: { size: int, Size: int } }\n", 3, "both become the C# identifier 'Size'")]
    public void Names_that_would_clash_in_csharp_are_reported(string declarations, int line, string messagePart)
    {
        var run = GeneratorHarness.Run(("t.kg.yaml", "namespace: T\n" + declarations));

        Assert.Contains(run.GeneratorDiagnostics, d => d.Location.GetLineSpan().StartLinePosition.Line + 1 == line && d.GetMessage().Contains(messagePart));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("supports")]
    [InlineData("coverage")]
    [InlineData("picture")]
    [InlineData("findDocument")]
    [InlineData("kind")]
    public void A_graph_member_that_cannot_take_one_entity_leaves_its_name_to_a_relation(string relation)
    {
        var run = GeneratorHarness.Run(("t.kg.yaml", $"namespace: T\nrelations:\n  {relation}: {{ from: Actor, to: Place }}\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    private static object[] Case(string id, string yaml, int line, int column, string messagePart) => new object[] { id, yaml, line, column, messagePart };
}
