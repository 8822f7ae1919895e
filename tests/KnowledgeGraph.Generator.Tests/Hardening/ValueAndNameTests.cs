using System.Globalization;
using System.Linq;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static KnowledgeGraph.Generator.Tests.Hardening.HostileInputTests;

namespace KnowledgeGraph.Generator.Tests.Hardening;

/// <summary>
/// What used to be lost or misread without a word: names declared twice across files, values read by lenient or
/// machine-dependent rules, text that looks like other text, and names that C# refuses after the checks let them through.
/// </summary>
public sealed class ValueAndNameTests
{
    [Theory]
    [InlineData("entities:\n  a: { type: Node }\n", "Entity 'a'")]
    [InlineData("types:\n  Camp: { is: Place }\n", "Type 'Camp'")]
    [InlineData("relations:\n  guards: { from: Place, to: Place }\n", "Relation 'guards'")]
    [InlineData("documents:\n  d: { path: doc.txt }\n", "Document 'd'")]
    public void A_name_declared_in_two_files_of_one_namespace_is_reported_at_both(string declaration, string what)
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("one.kg.yaml", "namespace: D\n" + declaration), ("two.kg.yaml", "namespace: D\n" + declaration), ("doc.txt", "Some text."));

        var duplicates = run.GeneratorDiagnostics.Where(d => d.Id == "KG0015").ToList();
        Assert.Equal(new[] { "/project/one.kg.yaml", "/project/two.kg.yaml" }, duplicates.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p));
        Assert.All(duplicates, d => Assert.Contains($"{what} is declared twice", d.GetMessage(CultureInfo.InvariantCulture)));
        Assert.All(duplicates, d => Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    [Fact]
    public void An_entity_and_an_event_of_one_id_are_each_named_for_what_they_are()
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("a.kg.yaml", "namespace: D\nentities:\n  same: { type: Node }\n"), ("b.kg.yaml", "namespace: D\nevents:\n  same: { type: Move, to: same }\n"));

        var messages = run.GeneratorDiagnostics.Where(d => d.Id == "KG0015").ToDictionary(d => d.Location.GetLineSpan().Path, d => d.GetMessage(CultureInfo.InvariantCulture));
        Assert.StartsWith("Entity 'same' is declared twice", messages["/project/a.kg.yaml"]);
        Assert.StartsWith("Event 'same' is declared twice", messages["/project/b.kg.yaml"]);
    }

    [Theory]
    [InlineData("count", "5", true)]
    [InlineData("count", "-5", true)]
    [InlineData("count", "+5", true)]
    [InlineData("count", "'5-'", false)]
    [InlineData("count", "'1,000'", false)]
    [InlineData("count", "' 5'", false)]
    [InlineData("count", "\u0665", false)]
    [InlineData("amount", "1.5", true)]
    [InlineData("amount", "-0.25", true)]
    [InlineData("amount", "'1,5'", false)]
    [InlineData("amount", "'5-'", false)]
    [InlineData("amount", "1e3", false)]
    [InlineData("amount", ".5", false)]
    [InlineData("amount", "'1.'", false)]
    [InlineData("ratio", "1.5e-3", true)]
    [InlineData("ratio", "'1,5'", false)]
    [InlineData("ratio", "NaN", false)]
    [InlineData("ratio", "Infinity", false)]
    [InlineData("at", "2022-09-10T14:00Z", true)]
    [InlineData("at", "'2022-09-10T14:00:00.5+03:00'", true)]
    [InlineData("at", "'10/09/2022 14:00'", false)]
    [InlineData("at", "2022-09-10T14:00", false)]
    [InlineData("at", "2022-09-10", false)]
    [InlineData("link", "https://example.org/x?y=1", true)]
    [InlineData("link", "urn:isbn:0451450523", true)]
    [InlineData("link", "/etc/passwd", false)]
    [InlineData("link", "'C:\\x'", false)]
    [InlineData("link", "'http://exa mple.org'", false)]
    [InlineData("link", "example.org", false)]
    [InlineData("when", "2022", true)]
    [InlineData("when", "2022-09", true)]
    [InlineData("when", "' 2022'", false)]
    [InlineData("when", "2022-9-1", false)]
    public void Each_scalar_has_one_strict_culture_free_grammar(string property, string value, bool valid)
    {
        var run = Run($"namespace: D\nentities:\n  a: {{ type: Node, {property}: {value} }}\n");

        if (valid)
        {
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
        }
        else
        {
            var (id, line, column, message) = Single(run);
            Assert.Equal(("KG0004", 3, 22 + property.Length), (id, line, column));
            Assert.Contains("; write ", message);
        }
    }

    [Fact]
    public void A_name_typed_in_decomposed_form_is_the_same_name()
    {
        var run = Run("namespace: D\nentities:\n  M\u00fcnchen: { type: Node }\n  Mu\u0308nchen: { type: Node }\n");

        var (id, line, column, message) = Single(run);
        Assert.Equal(("KG0015", 4, 3), (id, line, column));
        Assert.Contains("'M\u00fcnchen' is declared twice", message);
    }

    [Fact]
    public void A_quote_matches_its_document_whichever_normal_form_either_is_typed_in()
    {
        var run = GeneratorHarness.Run(
            ("schema.kg.yaml", Schema),
            ("d.kg.yaml", "namespace: D\ndocuments:\n  d: { path: doc.txt }\nentities:\n  a: { type: Node, source: { document: d, quote: M\u00fcnchen was shelled } }\n"),
            ("doc.txt", "Mu\u0308nchen was shelled."));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Two_names_of_one_scope_that_look_the_same_in_other_letters_are_reported()
    {
        var run = Run("namespace: D\nentities:\n  ace: { type: Node }\n  \u0430\u0441\u0435: { type: Node }\n");

        var (id, line, column, message) = Single(run);
        Assert.Equal(("KG0030", 4, 3), (id, line, column));
        Assert.Contains("'\u0430\u0441\u0435' looks the same as 'ace' (declared at /project/d.kg.yaml(3,3)) but is written in other letters", message);
    }

    [Theory]
    [InlineData("namespace: N1\nentities:\n  ace: { type: Node }\n", "namespace: N2\nentities:\n  \u0430\u0441\u0435: { type: Node }\n")]
    [InlineData("namespace: N1\nentities:\n  ace: { type: Node }\n", "namespace: N1\nevents:\n  \u0430\u0441\u0435: { type: Move, to: ace }\n")]
    [InlineData("namespace: N1\nentities:\n  \u0391\u0392\u0395: { type: Node }\n", "namespace: N2\nentities:\n  \u0410\u0412\u0415: { type: Node }\n")]
    public void Ids_are_global_so_look_alikes_in_other_namespaces_and_kinds_are_reported_too(string first, string second)
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("a.kg.yaml", first), ("b.kg.yaml", second));

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("KG0030", "/project/b.kg.yaml", 3), (error.Id, error.Location.GetLineSpan().Path, error.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Contains("but is written in other letters", error.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_document_with_a_replacement_character_is_reported_at_its_path_with_the_place_in_the_document()
    {
        var run = GeneratorHarness.Run(("schema.kg.yaml", Schema), ("d.kg.yaml", "namespace: D\ndocuments:\n  d: { path: doc.txt }\n"), ("doc.txt", "Line one.\nKi\uFFFDv was shelled."));

        var (id, line, column, message) = Single(run);
        Assert.Equal(("KG0031", 3, 14), (id, line, column));
        Assert.Contains("holds U+FFFD at line 2, column 3", message);
    }

    [Fact]
    public void Control_and_bidi_characters_are_shown_escaped_in_messages()
    {
        var run = Run("namespace: D\nentities:\n  a: { type: \"Nod\u202Ee\u0007\" }\n");

        var (id, _, _, message) = Single(run);
        Assert.Equal("KG0005", id);
        Assert.Contains("Unknown type 'Nod\\u202Ee\\u0007'", message);
        Assert.DoesNotContain('\u202E', message);
    }

    [Fact]
    public void Line_breaks_of_every_kind_in_names_titles_and_docs_never_reach_generated_code_as_line_breaks()
    {
        const string injected = "x\\u2028public static int Injected => 1; //";
        var data = "namespace: D\ndocuments:\n  d: { path: doc.txt, title: \"T\\u0085public static int InjectedToo => 2; //\" }\n"
            + $"entities:\n  a: {{ type: Node, name: \"{injected}\", doc: \"Kup\\niansk\\r\\u2029public static int InjectedThree => 3; //\" }}\n  b: {{ type: Node, name: \"Kup\\niansk\" }}\n";

        var run = Run(data);

        Assert.Equal(new[] { "KG0044" }, run.GeneratorDiagnostics.Select(d => d.Id)); // the document is declared and never quoted: a warning only
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Empty(run.Output.GetSymbolsWithName(name => name.StartsWith("Injected", System.StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("namespace: D\nentities:\n  tank\U0001F4A5: { type: Node }\n", 3, 3, "lies outside the Basic Multilingual Plane")]
    [InlineData("namespace: D\nentities:\n  __arglist: { type: Node }\n", 3, 3, "'__arglist' is a word C# reserves")]
    [InlineData("namespace: class\nentities:\n  a: { type: Node }\n", 1, 12, "segment 'class': it is a C# keyword")]
    [InlineData("namespace: D.global\nentities:\n  a: { type: Node }\n", 1, 12, "segment 'global': it is a C# keyword")]
    [InlineData("namespace: D\ntypes:\n  Camp\u200D: { is: Place }\n", 3, 3, "is not allowed in an identifier")]
    public void Names_that_C_sharp_refuses_are_refused_by_the_checks(string data, int line, int column, string reason)
    {
        var run = Run(data);

        var error = run.GeneratorDiagnostics.First();
        var span = error.Location.GetLineSpan();
        Assert.Equal(("KG0018", line, column), (error.Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(reason, error.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("namespace: D\nentities:\n  entities: { type: Node }\n", 3, 3)]
    [InlineData("namespace: D\nentities:\n  a: { type: Node }\nevents:\n  Events: { type: Move, to: a }\n", 5, 3)]
    [InlineData("namespace: D\ndocuments:\n  documents: { path: doc.txt }\n", 3, 3)]
    [InlineData("namespace: D\ntypes:\n  Camp: { is: Place, properties: { camp: int? } }\n", 3, 36)]
    public void A_member_that_would_take_the_name_of_its_class_is_reported(string data, int line, int column)
    {
        var run = Run(data);

        var error = Assert.Single(run.GeneratorDiagnostics);
        var span = error.Location.GetLineSpan();
        Assert.Equal(("KG0023", line, column), (error.Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_enum_value_may_share_its_enums_name_as_C_sharp_allows()
    {
        var run = Run("namespace: D\nenums:\n  Side: [side, other]\n");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("/etc/passwd", "is absolute")]
    [InlineData("../etc/passwd", "climbs out of the folder")]
    [InlineData("sub/../../secret.txt", "climbs out of the folder")]
    public void A_document_outside_the_folder_of_its_file_is_refused_at_build_time_and_never_embedded(string path, string reason)
    {
        var run = GeneratorHarness.Run(
            ("schema.kg.yaml", Schema),
            ("data/d.kg.yaml", $"namespace: D\ndocuments:\n  d: {{ path: \"{path}\" }}\n"),
            ("data/../etc/passwd", "root:x:0:0"), ("/etc/passwd", "root:x:0:0"), ("secret.txt", "root:x:0:0"));

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("KG0026", 3, 14), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Contains(reason, error.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("TrustedFolders", error.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains("root:x", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_path_in_another_case_than_the_files_is_not_found_and_the_message_names_the_file()
    {
        var run = Run("namespace: D\ndocuments:\n  d: { path: DOC.TXT }\n");

        var (id, line, column, message) = Single(run);
        Assert.Equal(("KG0020", 3, 14), (id, line, column));
        Assert.Contains("paths are case-sensitive, and the file is named 'doc.txt'", message);
    }
}
