using System;
using System.Linq;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Text;
using Xunit;

namespace KnowledgeGraph.Generator.Tests.Hardening;

/// <summary>Quotes located by a map of line starts built once per document (not a scan from its start each time), and the words where a quote parts from it.</summary>
public sealed class QuoteLocatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("\n\n\n")]
    [InlineData("first\nsecond\r\nthird\n\nfifth")]
    [InlineData("ends with a break\n")]
    public void Every_offset_has_the_line_and_column_of_a_scan_from_the_start(string text)
    {
        var map = new LineMap(text);

        Assert.All(Enumerable.Range(0, text.Length + 1), offset => Assert.Equal(UnicodeText.Position(text, offset), map.Position(offset)));
    }

    [Fact]
    public void A_random_text_agrees_with_the_scan_everywhere()
    {
        var random = new Random(20261126);
        var text = new string(Enumerable.Range(0, 5000).Select(_ => random.Next(12) == 0 ? '\n' : (char)('a' + random.Next(26))).ToArray());
        var map = new LineMap(text);

        Assert.All(Enumerable.Range(0, text.Length + 1), offset => Assert.Equal(UnicodeText.Position(text, offset), map.Position(offset)));
    }

    [Fact]
    public void Quotes_found_late_in_a_long_document_are_at_their_line_and_column()
    {
        var lines = Enumerable.Range(1, 20000).Select(i => $"Line {i} says that unit {i} held the bridge.").ToArray();
        var locator = new QuoteLocator(string.Join("\n", lines));

        Assert.Equal((19999, 1), locator.Find("Line 19999 says that unit 19999") is { } found ? (found.Line, found.Column) : default);
        Assert.Equal((20000, 12), locator.Find("says  that\tunit 20000") is { } last ? (last.Line, last.Column) : default);
    }

    [Fact]
    public void Where_a_quote_parts_from_the_document_a_cut_is_marked_apart_from_a_full_stop()
    {
        var locator = new QuoteLocator("She lived in London for most of her life. Then she moved to Bath with her sister.");

        var mismatch = locator.Mismatch("She lived in London for most of her days");

        Assert.Equal("; its start \"She lived in London for most of her \" is at line 1, column 1, and there the document goes on \"life. Then she moved to Bath ...\" where the quote has \"days\"", mismatch);
    }

    [Fact]
    public void Past_a_budget_a_quote_that_does_not_occur_gets_no_closer_look()
    {
        // Each closer look searches the document once per halving of the quote: a stranger's file of many wrong quotes
        // against a long document would cost that many searches each.
        var locator = new QuoteLocator("She lived in London for most of her life.");

        var explained = Enumerable.Range(0, QuoteLocator.ExplainedMismatches).Select(i => locator.Mismatch($"She lived in London until {i}")).ToList();
        var past = locator.Mismatch("She lived in London until then");

        Assert.All(explained, m => Assert.StartsWith("; its start \"She lived in London \"", m, StringComparison.Ordinal));
        Assert.Equal($"; the file has more than {QuoteLocator.ExplainedMismatches} quotes that do not occur in this document, so this one gets no closer look", past);
    }

    [Fact]
    public void A_quote_searched_for_again_is_found_where_it_was()
    {
        var locator = new QuoteLocator("one two three two three");

        Assert.Equal(locator.Find("two three"), locator.Find("two  three"));
        Assert.Equal(4, locator.Find("two three")!.Value.Offset);
    }

    [Theory]
    [InlineData(1, "ab \n")]        // few letters: every run of the document recurs, candidates collide
    [InlineData(2, "abcdefghij \n")]
    public void A_long_document_searched_often_finds_each_quote_where_a_scan_does(int seed, string alphabet)
    {
        var random = new Random(seed);
        var text = new string(Enumerable.Range(0, QuoteLocator.IndexedLength * 3).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var indexed = new QuoteLocator(text);
        var quotes = Enumerable.Range(0, 400).Select(i =>
        {
            var start = random.Next(text.Length - 80);
            var quote = text.Substring(start, 1 + random.Next(70));
            return i % 3 == 0 ? quote + "z" : i % 3 == 1 ? "z" + quote : quote; // a third occur nowhere
        }).Where(q => q.Trim().Length > 0).ToList();

        foreach (var quote in quotes)
        {
            Assert.Equal(new QuoteLocator(text).Find(quote), indexed.Find(quote)); // a fresh locator scans
        }
    }

    [Theory]
    [InlineData(3, "ab \n")]
    [InlineData(4, "abcdefghij \n")]
    public void Short_quotes_in_a_long_document_searched_often_are_found_where_a_scan_finds_them(int seed, string alphabet)
    {
        // Quotes of 4 to 15 characters go through the index of short runs once the document has been searched often.
        var random = new Random(seed);
        var text = new string(Enumerable.Range(0, QuoteLocator.IndexedLength * 2).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var indexed = new QuoteLocator(text);
        var quotes = Enumerable.Range(0, 600).Select(i =>
        {
            var quote = text.Substring(random.Next(text.Length - 20), 4 + random.Next(12));
            return i % 4 == 0 ? quote.Substring(1) + "z" : quote; // a quarter occur nowhere
        }).Where(q => q.Trim().Length >= 4).Distinct().ToList();

        foreach (var quote in quotes)
        {
            Assert.Equal(new QuoteLocator(text).Find(quote), indexed.Find(quote));
        }
    }
}
