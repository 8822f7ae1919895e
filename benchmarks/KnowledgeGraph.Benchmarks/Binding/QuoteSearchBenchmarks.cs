using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph.Benchmarks.Binding;

/// <summary>
/// Locating many distinct quotes in one long document, as a data file with a source per fact does. The baseline is a
/// scan of the whole document per quote (what locating a quote did before it had an index); the case is
/// <see cref="QuoteLocator"/> from a fresh start (normalizing the text, building the index after its first searches,
/// then a lookup per quote). The quotes come from the document's second half, so a scan has far to go.
/// </summary>
public class QuoteSearchBenchmarks
{
    private string _text = null!;
    private string[] _quotes = null!;

    [Params(1_000_000, 4_000_000)]
    public int Characters { get; set; } = 1_000_000;

    [Params(2_000, 20_000)]
    public int Quotes { get; set; } = 2_000;

    /// <summary>Long quotes (40 to 99 characters, from a sentence's start) or short ones (10 to 15, from anywhere).</summary>
    [Params(false, true)]
    public bool Short { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        string[] units = ["forces", "brigade", "battalion", "corps", "regiment"];
        string[] verbs = ["held", "left", "retook", "shelled", "crossed"];
        var text = new StringBuilder(Characters + 100);
        for (var i = 0; text.Length < Characters; i++)
        {
            text.Append($"The {units[random.Next(units.Length)]} {random.Next(1000)} {verbs[random.Next(verbs.Length)]} the bridge at village {random.Next(100_000)} on day {i}. ");
        }

        _text = text.ToString();
        _quotes = Enumerable.Range(0, Quotes).Select(_ =>
        {
            var start = (_text.Length / 2) + random.Next((_text.Length / 2) - 200);
            if (Short)
            {
                return _text.Substring(start, 10 + random.Next(6)).Trim();
            }

            start = _text.IndexOf("The ", start, StringComparison.Ordinal);
            return _text.Substring(start, 40 + random.Next(60)).TrimEnd();
        }).ToArray();

        if (Scan() != Indexed())
        {
            throw new InvalidOperationException("The index and the scan found different places.");
        }
    }

    [Benchmark(Baseline = true)]
    public long Scan()
    {
        long sum = 0;
        foreach (var quote in _quotes)
        {
            sum += _text.IndexOf(quote, StringComparison.Ordinal);
        }

        return sum;
    }

    [Benchmark]
    public long Indexed()
    {
        var locator = new QuoteLocator(_text);
        long sum = 0;
        foreach (var quote in _quotes)
        {
            sum += locator.Find(quote)?.Offset ?? -1;
        }

        return sum;
    }
}
