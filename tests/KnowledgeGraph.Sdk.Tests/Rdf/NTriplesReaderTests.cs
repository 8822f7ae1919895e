using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

public sealed class NTriplesReaderTests
{
    [Fact]
    public void Subjects_and_objects_carry_the_line_and_column_where_they_start()
    {
        // Lines end in LF, CR LF and a lone CR: each counts as one line break.
        var triples = Read(
            "# a comment\n"
            + "<http://a/s> <http://a/p> \"x\" .\r\n"
            + "  _:b\t<http://a/p>   <http://a/o> .\r"
            + "<http://a/s> <http://a/p> \"y\"@EN-gb .");

        Assert.Equal(3, triples.Count);
        Assert.Equal(new RdfPosition(2, 1), triples[0].SubjectAt);
        Assert.Equal(new RdfPosition(2, 27), triples[0].ObjectAt);
        Assert.Equal(new RdfPosition(3, 3), triples[1].SubjectAt);
        Assert.Equal(new RdfPosition(3, 22), triples[1].ObjectAt);
        Assert.Equal(new RdfPosition(4, 1), triples[2].SubjectAt);
        Assert.Equal(new RdfPosition(4, 27), triples[2].ObjectAt);
        Assert.Equal(RdfTerm.LanguageLiteral("y", "en-gb"), triples[2].Object);
        Assert.Equal("en-gb", triples[2].Object.Language);
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_passed_over()
    {
        var triple = Read("\uFEFF<http://a/s> <http://a/p> <http://a/o> .").Single();

        Assert.Equal(new RdfPosition(1, 1), triple.SubjectAt);
    }

    [Fact]
    public void Terms_read_as_written_with_their_escapes_decoded()
    {
        var triple = Read("<http://a/\\u00E9> <http://a/p> \"tab\\there \\\"q\\\" \\U0001F600\"^^<http://a/dt> .").Single();

        Assert.Equal(RdfTerm.Iri("http://a/é"), triple.Subject);
        Assert.Equal(RdfTerm.Literal("tab\there \"q\" \U0001F600", "http://a/dt"), triple.Object);
    }

    [Theory]
    [InlineData("<http://a/s> <http://a/p> <http://a/o o> .", "o o", 1, "the IRI holds a space; write it as %20")]
    [InlineData("<http://a/s> <http://a/p> <http://a/o> ", "", 0, "expected '.' after the object; found the end of the text")]
    [InlineData("<http://a/s> <http://a/p> <http://a/o> <http://a/g> .", "<http://a/g>", 0, "expected '.' after the object; found '<'")]
    [InlineData("<s> <http://a/p> <http://a/o> .", "<s>", 0, "the subject <s> is a relative IRI")]
    [InlineData("<http://a/s> <http://a/p> \"x\"@1 .", "1", 0, "a language tag starts with a letter")]
    [InlineData("<http://a/s> <http://a/p> \"x\\q\" .", "\\q", 0, "'\\q' is not an escape")]
    [InlineData("<http://a/s> <http://a/p> 42 .", "42", 0, "N-Triples writes every literal in quotes")]
    [InlineData("<http://a/s> <http://a/p> .", ".", 0, "expected an object")]
    [InlineData("<http://a/s> <http://a/p> <http://a/o> . <http://a/s> <http://a/p> <http://a/o> .", " <http://a/s>", 1, "one triple a line")]
    public void Errors_name_the_problem_at_its_line_and_column(string line, string marker, int offset, string reason)
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Read("# first line\n" + line));

        Assert.Equal(2, error.Line);
        var column = (marker.Length == 0 ? line.Length : line.LastIndexOf(marker, StringComparison.Ordinal)) + offset + 1;
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_far_into_the_text_is_placed_exactly()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            text.Append("<http://example.org/s").Append(i).Append("> <http://example.org/p> \"value ").Append(i).Append("\" .\n");
        }

        const string Unclosed = "<http://example.org/s> <http://example.org/p> \"unclosed .";
        text.Append(Unclosed).Append('\n');

        var error = Assert.Throws<RdfSyntaxException>(() => Read(text.ToString()));
        Assert.Equal(5001, error.Line);
        Assert.Equal(Unclosed.Length + 1, error.Column); // at the line break the string runs into
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Text_that_comes_in_small_pieces_reads_the_same(int most)
    {
        foreach (var file in Directory.GetFiles(Conformance.W3cManifest.Folder(Conformance.W3cManifest.NTriples), "*.nt").Where(f => !f.Contains("-bad-", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            var whole = new NTriplesReader(new StringReader(text)).ReadTriples().ToList();
            var pieces = new NTriplesReader(new TrickleReader(text, most)).ReadTriples().ToList();

            Assert.Equal(whole, pieces);
            Assert.Equal(whole.Select(t => (t.SubjectAt, t.ObjectAt)), pieces.Select(t => (t.SubjectAt, t.ObjectAt)));
        }
    }

    [Fact]
    public void Triples_stream_from_a_text_that_never_ends()
    {
        var text = new EndlessReader(string.Empty, i => $"<http://example.org/id/e{i}> <http://example.org/p> \"value \\\"{i}\\\"\"@en .\n");

        var triples = new NTriplesReader(text).ReadTriples().Take(200_000).ToList();

        Assert.Equal(200_000, triples.Count);
        Assert.Equal("http://example.org/id/e199999", triples[^1].Subject.Value);
        Assert.Equal(new RdfPosition(200_000, 1), triples[^1].SubjectAt);
    }

    [Fact]
    public void Repeated_subjects_and_predicates_are_one_string_each()
    {
        var triples = Read("<http://a/s> <http://a/p> \"1\" .\n<http://a/s> <http://a/p> \"2\" .");

        Assert.Same(triples[0].Subject.Value, triples[1].Subject.Value);
        Assert.Same(triples[0].Predicate.Value, triples[1].Predicate.Value);
    }

    [Fact]
    public void A_reader_reads_its_text_once()
    {
        var reader = new NTriplesReader(new StringReader(string.Empty));
        reader.ReadTriples();

        Assert.Throws<InvalidOperationException>(() => reader.ReadTriples());
    }

    private static List<RdfTriple> Read(string text) => new NTriplesReader(new StringReader(text)).ReadTriples().ToList();
}
