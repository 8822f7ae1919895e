using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Language.Text;

/// <summary>
/// One copy of each short string a file repeats: its keys, type and relation names, enum values, and the ids its facts
/// name. A large data file says the same few hundred words hundreds of thousands of times; keeping one copy of each
/// is most of what its syntax would otherwise hold in strings. Long strings (quotes, docs) are kept as they come.
/// One pool serves one file, and dies with its reading. Each string it holds has a number, by which a compact store of
/// the file's items (<see cref="Syntax.Compact.CompactItems"/>) writes it.
/// </summary>
public sealed class StringPool
{
    /// <summary>The longest string kept once: longer ones are quotes and docs, seldom repeated.</summary>
    internal const int MaxPooledLength = 64;

    private Dictionary<string, int>? _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = new();

    /// <summary>The pool's copy of <paramref name="text"/>, which becomes the copy if the pool has none.</summary>
    public string Get(string text)
    {
        if (text.Length > MaxPooledLength)
        {
            return text;
        }

        if (Lookup.TryGetValue(text, out var number))
        {
            return _strings[number - 1];
        }

        Add(text);
        return text;
    }

    /// <summary>
    /// The number of <paramref name="text"/>, from 1 (0 stands for null). A short string has one number however often it
    /// is asked for; a long one gets a new number each time, as it is seldom repeated.
    /// </summary>
    internal int Number(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (text.Length > MaxPooledLength)
        {
            _strings.Add(text);
            return _strings.Count;
        }

        return Lookup.TryGetValue(text, out var number) ? number : Add(text);
    }

    /// <summary>
    /// Drops what finds a string's copy and number, keeping the strings by number: once a file is read, its compact store
    /// only reads strings back, and the lookup of a large file is as large as its strings.
    /// </summary>
    internal void EndPooling() => _numbers = null;

    /// <summary>The string of a number <see cref="Number"/> gave; null for 0.</summary>
    internal string? this[int number] => number == 0 ? null : _strings[number - 1];

    private Dictionary<string, int> Lookup => _numbers ?? throw new InvalidOperationException("This pool's file is read: it no longer pools strings.");

    private int Add(string text)
    {
        _strings.Add(text);
        Lookup.Add(text, _strings.Count);
        return _strings.Count;
    }
}
