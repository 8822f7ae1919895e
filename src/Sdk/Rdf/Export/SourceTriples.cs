using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Where a statement comes from, in the W3C Web Annotation model: the subject <c>prov:wasDerivedFrom</c> a specific
/// resource whose source is the document and whose selectors give the quote (<c>oa:TextQuoteSelector</c> with exact,
/// prefix and suffix) and its place (<c>oa:TextPositionSelector</c>, counted in code points as the model says).
/// </summary>
internal sealed class SourceTriples
{
    public static readonly RdfTerm DerivedFrom = RdfTerm.Iri(RdfVocabulary.Prov + "wasDerivedFrom");
    public static readonly RdfTerm HasSource = RdfTerm.Iri(RdfVocabulary.Oa + "hasSource");
    public static readonly RdfTerm HasSelector = RdfTerm.Iri(RdfVocabulary.Oa + "hasSelector");
    public static readonly RdfTerm Exact = RdfTerm.Iri(RdfVocabulary.Oa + "exact");
    private static readonly RdfTerm Type = RdfTerm.Iri(RdfVocabulary.RdfType);
    private static readonly RdfTerm SpecificResource = RdfTerm.Iri(RdfVocabulary.Oa + "SpecificResource");
    private static readonly RdfTerm QuoteSelector = RdfTerm.Iri(RdfVocabulary.Oa + "TextQuoteSelector");
    private static readonly RdfTerm PositionSelector = RdfTerm.Iri(RdfVocabulary.Oa + "TextPositionSelector");
    private static readonly RdfTerm Prefix = RdfTerm.Iri(RdfVocabulary.Oa + "prefix");
    private static readonly RdfTerm Suffix = RdfTerm.Iri(RdfVocabulary.Oa + "suffix");
    private static readonly RdfTerm Start = RdfTerm.Iri(RdfVocabulary.Oa + "start");
    private static readonly RdfTerm End = RdfTerm.Iri(RdfVocabulary.Oa + "end");

    /// <summary>How much text around a quote the quote selector keeps, to tell apart two places of the same words.</summary>
    private const int Context = 32;

    private readonly RdfNames _names;
    private readonly Dictionary<DocumentInfo, int[]> _lowSurrogates = new(ReferenceEqualityComparer.Instance);
    private int _count;

    public SourceTriples(RdfNames names)
    {
        _names = names;
    }

    /// <summary>The resource node of a passage, and the triples that describe it; the caller links it to what it supports.</summary>
    public RdfTerm Describe(SourceRef source, List<RdfTriple> triples)
    {
        var n = ++_count;
        var node = RdfTerm.Blank("s" + n);
        var quote = RdfTerm.Blank("s" + n + "q");
        var located = source.Document.Text is { } text && source.Offset >= 0 && source.Offset + source.Length <= text.Length;
        var position = RdfTerm.Blank("s" + n + "p");
        triples.Add(new RdfTriple(node, Type, SpecificResource));
        triples.Add(new RdfTriple(node, HasSource, RdfTerm.Iri(_names.Document(source.Document.Id))));
        triples.Add(new RdfTriple(node, HasSelector, quote));
        if (located)
        {
            triples.Add(new RdfTriple(node, HasSelector, position));
        }

        triples.Add(new RdfTriple(quote, Type, QuoteSelector));
        triples.Add(new RdfTriple(quote, Exact, RdfTerm.Literal(source.Quote)));
        if (!located)
        {
            return node;
        }

        text = source.Document.Text!;
        triples.Add(new RdfTriple(quote, Prefix, RdfTerm.Literal(Slice(text, source.Offset - Context, source.Offset))));
        triples.Add(new RdfTriple(quote, Suffix, RdfTerm.Literal(Slice(text, source.Offset + source.Length, source.Offset + source.Length + Context))));
        var start = CodePoints(source.Document, text, source.Offset);
        var end = CodePoints(source.Document, text, source.Offset + source.Length);
        triples.Add(new RdfTriple(position, Type, PositionSelector));
        triples.Add(new RdfTriple(position, Start, Integer(start)));
        triples.Add(new RdfTriple(position, End, Integer(end)));
        return node;
    }

    private static RdfTerm Integer(int value) => RdfTerm.Literal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), RdfVocabulary.XsdInteger);

    /// <summary>Text between two offsets, clamped to the text and never splitting a surrogate pair.</summary>
    private static string Slice(string text, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        if (from > 0 && from < text.Length && char.IsLowSurrogate(text[from]))
        {
            from++;
        }

        if (to > 0 && to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to--;
        }

        return from < to ? text.Substring(from, to - from) : string.Empty;
    }

    /// <summary>
    /// Code points before a UTF-16 offset: the offset itself in the usual text with no character beyond the BMP, else
    /// the offset less the low surrogates before it, found by binary search in the document's sorted list of them.
    /// </summary>
    private int CodePoints(DocumentInfo document, string text, int offset)
    {
        if (!_lowSurrogates.TryGetValue(document, out var lows))
        {
            var found = new List<int>();
            for (var i = text.AsSpan().IndexOfAnyInRange('\uDC00', '\uDFFF'); i >= 0 && i < text.Length; i++)
            {
                if (char.IsLowSurrogate(text[i]))
                {
                    found.Add(i);
                }
            }

            lows = found.ToArray();
            _lowSurrogates[document] = lows;
        }

        if (lows.Length == 0)
        {
            return offset;
        }

        var index = Array.BinarySearch(lows, offset);
        return offset - (index >= 0 ? index : ~index);
    }
}
