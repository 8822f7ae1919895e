using System.Collections.Generic;
using System.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Finds a quote in a document regardless of whitespace (runs of spaces, tabs and line breaks match each other)
/// and of typographic quotes (’ matches ', “ and ” match "), and reports where it stands in the original text.
/// </summary>
public sealed class QuoteLocator
{
    private readonly string _text;
    private readonly string _normalized;
    private readonly List<int> _originalIndex;

    /// <summary>The document's text as it was given.</summary>
    public string Text => _text;

    public QuoteLocator(string text)
    {
        _text = text;
        (_normalized, _originalIndex) = Normalize(text);
    }

    /// <summary>Offset and length in the original text, with one-based line and column, or null when the quote does not occur.</summary>
    public (int Offset, int Length, int Line, int Column)? Find(string quote)
    {
        var (needle, _) = Normalize(quote);
        needle = needle.Trim();
        if (needle.Length == 0)
        {
            return null;
        }

        var at = _normalized.IndexOf(needle, System.StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = _originalIndex[at];
        var end = _originalIndex[at + needle.Length - 1] + 1;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < start; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (start, end - start, line, start - lineStart + 1);
    }

    private static (string Normalized, List<int> OriginalIndex) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var inSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                    map.Add(i);
                    inSpace = true;
                }

                continue;
            }

            inSpace = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                _ => c,
            });
            map.Add(i);
        }

        return (builder.ToString(), map);
    }
}
