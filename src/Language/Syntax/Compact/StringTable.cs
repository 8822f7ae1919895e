using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Syntax.Compact;

/// <summary>
/// The strings of a compact store, by number: 0 stands for null. A short string (an id, a key, a type's name) is kept
/// once however often it is written; a long one (a doc, a quote) is kept as it comes, as it is seldom repeated.
/// </summary>
internal sealed class StringTable
{
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public int Number(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (text.Length <= StringPool.MaxPooledLength)
        {
            if (_numbers.TryGetValue(text, out var known))
            {
                return known;
            }

            _strings.Add(text);
            _numbers.Add(text, _strings.Count);
            return _strings.Count;
        }

        _strings.Add(text);
        return _strings.Count;
    }

    public string? this[int number] => number == 0 ? null : _strings[number - 1];
}
