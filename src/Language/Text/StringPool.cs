using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Language.Text;

/// <summary>
/// One copy of each short string a file repeats: its keys, type and relation names, enum values, and the ids its facts
/// name. A large data file says the same few hundred words hundreds of thousands of times; keeping one copy of each
/// is most of what its syntax would otherwise hold in strings. Long strings (quotes, docs) are kept as they come.
/// One pool serves one file, and dies with its reading.
/// </summary>
public sealed class StringPool
{
    /// <summary>The longest string kept once: longer ones are quotes and docs, seldom repeated.</summary>
    internal const int MaxPooledLength = 64;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pool's copy of <paramref name="text"/>, which becomes the copy if the pool has none.</summary>
    public string Get(string text)
    {
        if (text.Length > MaxPooledLength)
        {
            return text;
        }

        if (_strings.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        _strings.Add(text, text);
        return text;
    }
}
