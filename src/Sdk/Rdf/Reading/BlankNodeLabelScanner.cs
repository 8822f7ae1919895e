using System;

namespace KnowledgeGraph.Rdf;

/// <summary>Reads a BLANK_NODE_LABEL, <c>_:name</c>.</summary>
internal static class BlankNodeLabelScanner
{
    private static readonly Func<int, bool> IsLabelChar = RdfCharacters.IsNameChar;

    /// <summary>Reads the label the cursor is on (at its '_'), without its <c>_:</c>. The span is valid until the cursor next moves.</summary>
    public static ReadOnlySpan<char> Read(TextCursor cursor)
    {
        if (cursor.PeekAt(1) != ':')
        {
            throw cursor.ErrorAhead(1, $"a blank node label starts with '_:'; found '_' and {RdfCharacters.Describe(cursor.PeekAt(1))}");
        }

        var first = NameScanner.CodePointAt(cursor, 2, out var width);
        if (!RdfCharacters.IsNameStartOrUnderscore(first) && !RdfCharacters.IsDigit(first))
        {
            throw cursor.ErrorAhead(2, $"a blank node label needs a letter, digit or '_' after '_:'; found {RdfCharacters.Describe(first)}");
        }

        var end = NameScanner.SkipTail(cursor, 2 + width, IsLabelChar);
        var label = cursor.Buffer.AsSpan(cursor.Index + 2, end - 2);
        cursor.Index += end;
        return label;
    }
}
