using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// Splits a text into sentences. A line break ends one (so a headline, a title or a heading is a sentence of its own),
/// unless the next line goes on in lower case (a line wrapped inside a sentence); within a line a sentence ends at
/// <c>. ! ? …</c>, with any closing quotes or brackets after it, when whitespace and then a capital, a digit or an
/// opening quote follow, unless the word before a full stop is an initial or a common abbreviation (<c>Mr.</c>,
/// <c>Gen.</c>, <c>U.S.</c>). Sentences are trimmed; blank lines hold none.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pte", "adm", "sen", "rep",
        "gov", "pres", "jr", "sr", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "govt", "mt", "ft",
    };

    public static List<Sentence> Split(string text)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var sentences = new List<Sentence>();
        var blockStart = 0;
        for (var line = 0; line < lineStarts.Count; line++)
        {
            var next = line + 1 < lineStarts.Count ? lineStarts[line + 1] : -1;
            if (next >= 0 && GoesOn(text, lineStarts[line], next))
            {
                continue; // the next line carries on this one's sentence
            }

            var blockEnd = next < 0 ? text.Length : next - 1;
            SplitBlock(text, blockStart, blockEnd, lineStarts, sentences);
            blockStart = next;
        }

        return sentences;
    }

    /// <summary>True when the line starting at <paramref name="next"/> carries on the one before it: both hold text and it starts in lower case.</summary>
    private static bool GoesOn(string text, int start, int next)
    {
        var first = next;
        while (first < text.Length && text[first] is ' ' or '\t')
        {
            first++;
        }

        var previousHasText = false;
        for (var i = start; i < next - 1 && !previousHasText; i++)
        {
            previousHasText = !char.IsWhiteSpace(text[i]);
        }

        return previousHasText && first < text.Length && char.IsLower(text[first]);
    }

    private static void SplitBlock(string text, int start, int end, List<int> lineStarts, List<Sentence> sentences)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (!IsTerminator(text[i]))
            {
                continue;
            }

            var after = i + 1;
            while (after < end && IsCloser(text[after]))
            {
                after++;
            }

            var next = after;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next == after || next >= end || !StartsSentence(text[next]) || (text[i] == '.' && IsAbbreviation(text, from, i)))
            {
                continue;
            }

            Add(text, from, after, lineStarts, sentences);
            from = next;
            i = next - 1;
        }

        Add(text, from, end, lineStarts, sentences);
    }

    private static void Add(string text, int from, int to, List<int> lineStarts, List<Sentence> sentences)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            var line = lineStarts.BinarySearch(from);
            line = line >= 0 ? line : ~line - 1;
            sentences.Add(new Sentence(sentences.Count + 1, text.Substring(from, to - from), from, to - from, line + 1, from - lineStarts[line] + 1));
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '.' or '!' or '?' or '\u2026';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' or '#' or '\u201C' or '\u2018' or '\u00AB' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter;

    /// <summary>The word before a full stop is an initial (<c>J.</c>) or an abbreviation that does not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '\u201C'))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, dot - wordStart);
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }
}
