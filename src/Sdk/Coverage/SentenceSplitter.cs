using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// Splits a text into sentences. A line break always ends one (so a headline, a title or a heading is a sentence of
/// its own); within a line a sentence ends at <c>. ! ? …</c>, with any closing quotes or brackets after it, when
/// whitespace and then a capital, a digit or an opening quote follow, unless the word before a full stop is an
/// initial or a common abbreviation (<c>Mr.</c>, <c>Gen.</c>, <c>U.S.</c>). Sentences are trimmed; blank lines hold none.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pte", "adm", "sen", "rep",
        "gov", "pres", "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "govt", "mt", "ft",
    };

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var line = 1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, line, sentences);
            lineStart = lineEnd + 1;
            line++;
        }

        return sentences;
    }

    private static void SplitLine(string text, int start, int end, int line, List<Sentence> sentences)
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

            Add(text, from, after, start, line, sentences);
            from = next;
            i = next - 1;
        }

        Add(text, from, end, start, line, sentences);
    }

    private static void Add(string text, int from, int to, int lineStart, int line, List<Sentence> sentences)
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
            sentences.Add(new Sentence(sentences.Count + 1, text.Substring(from, to - from), from, to - from, line, from - lineStart + 1));
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
