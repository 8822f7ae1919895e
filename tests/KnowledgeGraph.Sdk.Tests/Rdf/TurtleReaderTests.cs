using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sdk.Tests.Rdf.Conformance;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

public sealed class TurtleReaderTests
{
    private const string Ex = "http://example.org/";

    [Fact]
    public void Subjects_and_objects_carry_the_line_and_column_where_they_start()
    {
        var triples = Read(
            "@prefix ex: <http://example.org/> .\n"
            + "ex:s ex:p \"a\" , ex:o ;\n"
            + "     ex:q [ ex:r 1 ] .\n"
            + "( ex:x ) ex:p \"\"\"long\n"
            + "string\"\"\" .\n"
            + "ex:t ex:p ex:u .");

        RdfTriple Find(string predicate, string? @object = null) =>
            triples.Single(t => t.Predicate.Value == predicate && (@object is null || t.Object.Value == @object));

        Assert.Equal((new RdfPosition(2, 1), new RdfPosition(2, 11)), At(Find(Ex + "p", "a")));
        Assert.Equal((new RdfPosition(2, 1), new RdfPosition(2, 17)), At(Find(Ex + "p", Ex + "o")));
        Assert.Equal((new RdfPosition(2, 1), new RdfPosition(3, 11)), At(Find(Ex + "q")));
        Assert.Equal((new RdfPosition(3, 11), new RdfPosition(3, 18)), At(Find(Ex + "r")));
        Assert.Equal((new RdfPosition(4, 1), new RdfPosition(4, 3)), At(Find(RdfVocabulary.RdfFirst)));
        Assert.Equal((new RdfPosition(4, 1), new RdfPosition(4, 8)), At(Find(RdfVocabulary.RdfRest)));
        Assert.Equal((new RdfPosition(4, 1), new RdfPosition(4, 15)), At(Find(Ex + "p", "long\nstring")));
        Assert.Equal((new RdfPosition(6, 1), new RdfPosition(6, 11)), At(Find(Ex + "p", Ex + "u")));
    }

    [Theory]
    [InlineData("ex:s ex:p ex:o .", "ex:s", 0, "undefined prefix 'ex:'")]
    [InlineData("@prefix : <http://a/> .\n:s :p :o :o2 .", ":o2", 0, "expected '.' after the object")]
    [InlineData("<http://a/s> <http://a/p> <http://a/o o> .", " o>", 0, "the IRI holds a space; write it as %20")]
    [InlineData("<http://a/s> <http://a/p> <http://a/\\u0020> .", "\\u0020", 0, "the escape stands for a space, which an IRI may not hold")]
    [InlineData("@prefix : <http://a/> .\n:s :p [ :q :o .", " .", 1, "expected ']' to close the '[' at (2,7)")]
    [InlineData("@prefix : <http://a/> .\n:s :p ( :o .", ".", 0, "expected an item")]
    [InlineData("<s> <http://a/p> <http://a/o> .", "<s>", 0, "relative IRI and there is no base IRI")]
    [InlineData("@prefix : <http://a/> .\n:s :p \"x\"@en-1a-- .", "--", 0, "'-' starts a number")]
    public void Errors_name_the_problem_at_its_line_and_column(string text, string marker, int offset, string reason)
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read(text));

        var lines = text.Split('\n');
        var column = lines[^1].LastIndexOf(marker, StringComparison.Ordinal) + offset + 1;
        Assert.Equal((lines.Length, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Made_blank_nodes_never_meet_the_labels_of_the_text()
    {
        var triples = Read(
            "@prefix : <http://a/> .\n"
            + "_:_g1 :p [] .\n"
            + "_:g1 :p ( :x ) .\n"
            + "_:_g1 :q _:g1 .\n"
            + "_:__g1 :q _:g2 .");

        var first = triples.Single(t => t.Predicate.Value == "http://a/p" && t.Subject.Value != "g1");
        Assert.NotEqual(first.Subject, first.Object);
        var link = triples.Single(t => t.Predicate.Value == "http://a/q" && t.Object.Value != "g2");
        Assert.Equal(first.Subject, link.Subject);
        Assert.Equal(RdfTerm.Blank("g1"), link.Object);

        // _:_g1, _:g1, _:__g1 and _:g2 of the text, the [] and the one list node: six nodes, and N-Triples reads them back.
        var nodes = BlankNodes(triples);
        Assert.Equal(6, nodes.Count);
        var again = new NTriplesReader(new StringReader(string.Join("\n", triples))).ReadTriples().ToList();
        Assert.Equal(triples, again);
    }

    [Fact]
    public void Nesting_is_read_to_ten_thousand_levels_and_refused_past_them_without_overflowing_the_stack()
    {
        const string Head = "@prefix : <http://a/> .\n:s :p ";
        var deepest = Read(Head + Repeat("[ :p ", TurtleLimits.Nesting) + ":o" + Repeat(" ]", TurtleLimits.Nesting) + " .");
        Assert.Equal(TurtleLimits.Nesting + 1, deepest.Count);

        var error = Assert.Throws<RdfSyntaxException>(() => Read(Head + Repeat("[ :p ", TurtleLimits.Nesting + 1) + ":o" + Repeat(" ]", TurtleLimits.Nesting + 1) + " ."));
        Assert.Equal((2, ":s :p ".Length + (5 * TurtleLimits.Nesting) + 1), (error.Line, error.Column));
        Assert.Contains("nest more than 10000 deep", error.Reason, StringComparison.Ordinal);

        Assert.Throws<RdfSyntaxException>(() => Read(Head + Repeat("(", 200_000)));
        Assert.Throws<RdfSyntaxException>(() => Read(Head + Repeat("( [ :p ", 200_000)));
    }

    [Fact]
    public void Triples_stream_from_a_statement_that_never_ends()
    {
        var text = new EndlessReader("@prefix : <http://a/> .\n:s :p (", i => $" {i}");

        var items = new TurtleReader(text).ReadTriples().Where(t => t.Predicate.Value == RdfVocabulary.RdfFirst).Take(50_000).ToList();

        Assert.Equal("49999", items[^1].Object.Value);
    }

    [Fact]
    public void Prefixes_are_those_declared_so_far()
    {
        var reader = new TurtleReader(new StringReader(
            "@prefix a: <http://a/> .\na:s a:p a:o .\nPREFIX b: <http://b/>\nb:s b:p b:o .\n@prefix : <rel/> ."), "http://base/doc");

        using var triples = reader.ReadTriples().GetEnumerator();
        Assert.True(triples.MoveNext());
        Assert.Equal(new[] { "a" }, reader.Prefixes.Keys);
        while (triples.MoveNext())
        {
        }

        Assert.Equal("http://b/", reader.Prefixes["b"]);
        Assert.Equal("http://base/rel/", reader.Prefixes[""]);
    }

    [Fact]
    public void Literals_keep_their_lexical_forms_and_get_their_datatypes()
    {
        var objects = Read(
            "@prefix : <http://a/> .\n"
            + ":s :p 1, -2.50, +.5e-3, 1.E7, 007, true, false, \"x\"^^:dt, 'y'@EN-gb, \"\"\"z\"\"\", '''w''', \"\" .")
            .Select(t => t.Object).ToList();

        Assert.Equal(
            new[]
            {
                RdfTerm.Literal("1", RdfVocabulary.XsdInteger),
                RdfTerm.Literal("-2.50", RdfVocabulary.XsdDecimal),
                RdfTerm.Literal("+.5e-3", RdfVocabulary.XsdDouble),
                RdfTerm.Literal("1.E7", RdfVocabulary.XsdDouble),
                RdfTerm.Literal("007", RdfVocabulary.XsdInteger),
                RdfTerm.Literal("true", RdfVocabulary.XsdBoolean),
                RdfTerm.Literal("false", RdfVocabulary.XsdBoolean),
                RdfTerm.Literal("x", "http://a/dt"),
                RdfTerm.LanguageLiteral("y", "en-gb"),
                RdfTerm.Literal("z"),
                RdfTerm.Literal("w"),
                RdfTerm.Literal(string.Empty),
            },
            objects);
    }

    [Fact]
    public void Local_names_take_their_escapes_and_percent_codes()
    {
        var triple = Read("@prefix : <http://a/> .\n:a\\~b%2F.c:d :p :\\-x.").Single();

        Assert.Equal("http://a/a~b%2F.c:d", triple.Subject.Value);
        Assert.Equal("http://a/-x", triple.Object.Value);
    }

    [Fact]
    public void Relative_IRIs_resolve_against_the_base_and_then_against_base_directives()
    {
        var triples = new TurtleReader(new StringReader("<a> <#p> <../b> .\n@base <http://other/x/> .\n<y> <p> <z?q> ."), Ex + "dir/doc.ttl")
            .ReadTriples().ToList();

        Assert.Equal(new RdfTriple(RdfTerm.Iri(Ex + "dir/a"), RdfTerm.Iri(Ex + "dir/doc.ttl#p"), RdfTerm.Iri(Ex + "b")), triples[0]);
        Assert.Equal(new RdfTriple(RdfTerm.Iri("http://other/x/y"), RdfTerm.Iri("http://other/x/p"), RdfTerm.Iri("http://other/x/z?q")), triples[1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Text_that_comes_in_small_pieces_reads_the_same(int most)
    {
        foreach (var test in W3cManifest.Tests(W3cManifest.Turtle).Where(t => W3cManifest.Kind(t) is "TestTurtleEval" or "TestTurtlePositiveSyntax"))
        {
            var text = File.ReadAllText(Path.Combine(W3cManifest.Folder(W3cManifest.Turtle), test.ActionFile), Encoding.UTF8);
            var whole = new TurtleReader(new StringReader(text), test.ActionIri).ReadTriples().ToList();
            var pieces = new TurtleReader(new TrickleReader(text, most), test.ActionIri).ReadTriples().ToList();

            Assert.Equal(whole, pieces);
            Assert.Equal(whole.Select(At), pieces.Select(At));
        }
    }

    [Fact]
    public void A_reader_reads_its_text_once()
    {
        var reader = new TurtleReader(new StringReader(string.Empty));
        reader.ReadTriples();

        Assert.Throws<InvalidOperationException>(() => reader.ReadTriples());
        Assert.Throws<ArgumentException>(() => new TurtleReader(new StringReader(string.Empty), "relative/base"));
    }

    private static (RdfPosition, RdfPosition) At(RdfTriple triple) => (triple.SubjectAt, triple.ObjectAt);

    private static HashSet<RdfTerm> BlankNodes(IEnumerable<RdfTriple> triples) =>
        triples.SelectMany(t => new[] { t.Subject, t.Object }).Where(term => term.IsBlankNode).ToHashSet();

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static List<RdfTriple> Read(string text) => new TurtleReader(new StringReader(text)).ReadTriples().ToList();

    private static class TurtleLimits
    {
        public const int Nesting = 10_000;
    }
}
