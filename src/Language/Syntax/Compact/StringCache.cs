using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Syntax.Compact;

/// <summary>
/// Makes strings from characters read back, handing out the same string for the same short text while it stays in the
/// cache: a fixed number of slots, each the last string whose text hashed to it. What a file repeats most (keys, type
/// and relation names, enum values) is shared; what it says once is not kept, so the cache never grows.
/// </summary>
internal sealed class StringCache
{
    private const int MaxCachedLength = StringPool.MaxPooledLength; // what counts as a short text, in one place
    private readonly string?[] _slots = new string?[4096];

    /// <summary>The string of the first <paramref name="length"/> characters of <paramref name="chars"/>.</summary>
    public string Get(char[] chars, int length)
    {
        if (length > MaxCachedLength)
        {
            return new string(chars, 0, length);
        }

        var hash = 2166136261u;
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ chars[i]) * 16777619u;
        }

        var index = hash & (uint)(_slots.Length - 1);
        var cached = _slots[index];
        if (cached is null || !Equal(cached, chars, length))
        {
            _slots[index] = cached = new string(chars, 0, length);
        }

        return cached;
    }

    private static bool Equal(string text, char[] chars, int length)
    {
        if (text.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (text[i] != chars[i])
            {
                return false;
            }
        }

        return true;
    }
}
