using System;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Looks ahead over the names of the grammars (blank node labels, prefixes), which may hold dots but not end with one:
/// <c>_:b1.</c> is the label <c>b1</c> and the end of a statement.
/// </summary>
internal static class NameScanner
{
    /// <summary>The code point <paramref name="ahead"/> characters past the cursor (a surrogate pair read whole), or -1 at the end.</summary>
    public static int CodePointAt(TextCursor cursor, int ahead, out int width)
    {
        width = 1;
        var c = cursor.PeekAt(ahead);
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            var low = cursor.PeekAt(ahead + 1);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }

        return c;
    }

    /// <summary>
    /// The offset past the name characters from <paramref name="ahead"/> on, dots included where a name character
    /// follows them.
    /// </summary>
    public static int SkipTail(TextCursor cursor, int ahead, Func<int, bool> isNameChar)
    {
        while (true)
        {
            var c = CodePointAt(cursor, ahead, out var width);
            if (isNameChar(c))
            {
                ahead += width;
                continue;
            }

            if (c != '.')
            {
                return ahead;
            }

            var afterDots = ahead + 1;
            while (cursor.PeekAt(afterDots) == '.')
            {
                afterDots++;
            }

            if (!isNameChar(CodePointAt(cursor, afterDots, out _)))
            {
                return ahead;
            }

            ahead = afterDots;
        }
    }
}
