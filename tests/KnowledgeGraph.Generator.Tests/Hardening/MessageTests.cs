using Xunit;
using static KnowledgeGraph.Generator.Tests.Hardening.HostileInputTests;

namespace KnowledgeGraph.Generator.Tests.Hardening;

/// <summary>Mistakes whose messages used to be the parser's own, misplaced, or misleading.</summary>
public sealed class MessageTests
{
    [Theory]
    [InlineData("namespace: D\nentities:\n  {long}: { type: Node }\n", "KG0001", 3, 3, "this key is longer than 1,024 characters")]
    [InlineData("namespace: D\ndocuments:\n  d: { path: doc.txt }\nentities:\n  a: { type: Node, source: { document: d, quote: \"  \" } }\n", "KG0003", 5, 50, "A quote must be the words of the document it cites, not empty")]
    [InlineData("namespace: D\nentities:\n  a: { type: Node, name: \"\\UFFFFFFFF\" }\n", "KG0001", 3, 27, "the escape '\\UFFFFFFFF' names no Unicode character")]
    [InlineData("namespace: D\nentities:\n  a: { type: Node }\nfacts:\n  - \"a \\u006eear b\"\n", "KG0007", 5, 5, "Unknown entity 'b'")]
    [InlineData("namespace: D\nentities:\n  a: ! { type: Node }\n", "KG0021", 3, 6, "Tags (!) are not supported")]
    [InlineData("namespace: D\nentities:\n  a: { type: Node }\nevents:\n  m: { type: Move, to: a, date: \"9999-12-31T23:00-05:00\" }\n", "KG0017", 5, 33, "taken to UTC it falls outside the years 1 to 9999")]
    [InlineData("namespace: D\nentities:\n  a: { type: Node }\nevents:\n  m: { type: Move, to: a, date: \"0001-01-01T00:30:00+01:00\" }\n", "KG0017", 5, 33, "taken to UTC it falls outside the years 1 to 9999")]
    public void The_message_says_what_is_wrong_at_the_right_place(string data, string id, int line, int column, string message)
    {
        var run = Run(data.Replace("{long}", new string('a', 1_100)));

        var actual = Single(run);
        Assert.Equal((id, line, column), (actual.Id, actual.Line, actual.Column));
        Assert.Contains(message, actual.Message);
    }

    [Theory]
    [InlineData("Some text here.", "; its start \"Some text here.\" is at line 1, column 1, and there the document goes on no further where the quote has \".\"", ".")]
    [InlineData("Some text there", "; its start \"Some text \" is at line 1, column 1, and there the document goes on \"here.\" where the quote has \"there\"", "")]
    [InlineData("Nothing like it", "; not even its first words occur there: check the document, or copy the passage from it", "")]
    public void A_quote_that_does_not_occur_shows_where_it_parts_from_the_document(string quote, string explanation, string extra)
    {
        var run = Run($"namespace: D\ndocuments:\n  d: {{ path: doc.txt }}\nentities:\n  a: {{ type: Node, source: {{ document: d, quote: \"{quote}{extra}\" }} }}\n");

        var (id, _, _, message) = Single(run);
        Assert.Equal("KG0016", id);
        Assert.EndsWith(explanation, message);
    }

    [Theory]
    [InlineData("Settlement", "a Settlement")]
    [InlineData("Actor", "an Actor")]
    [InlineData("Event", "an Event")]
    [InlineData("Unit", "a Unit")]
    [InlineData("University", "a University")]
    [InlineData("User", "a User")]
    [InlineData("Uprising", "an Uprising")]
    [InlineData("EuropeanBody", "a EuropeanBody")]
    [InlineData("Hour", "an Hour")]
    [InlineData("Hamlet", "a Hamlet")]
    [InlineData("", "a ")]
    public void A_name_takes_the_article_it_sounds_like(string noun, string expected) =>
        Assert.Equal(expected, KnowledgeGraph.Language.Diagnostics.MessageText.Article(noun));
}
