using System;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Gives back the string made last time for the same text, so that a subject, predicate or datatype repeated over
/// many triples is one string rather than one per triple. A small table of recent strings, chosen by a cheap hash:
/// a miss costs one comparison and replaces the entry.
/// </summary>
internal sealed class StringPool
{
    private const int Slots = 256;

    private readonly string?[] _recent = new string?[Slots];

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var slot = ((text.Length * 31) + (text[^1] * 7) + text[text.Length >> 1]) & (Slots - 1);
        var known = _recent[slot];
        if (known is not null && text.SequenceEqual(known))
        {
            return known;
        }

        known = text.ToString();
        _recent[slot] = known;
        return known;
    }

    /// <summary>The text in lower case (ASCII letters only, as in language tags), pooled.</summary>
    public string GetLowerCase(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyInRange('A', 'Z'))
        {
            return Get(text);
        }

        var lower = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            lower[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return Get(lower);
    }
}
