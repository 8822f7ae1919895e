using System;

namespace KnowledgeGraph.Rdf;

/// <summary>Reads a LANGTAG, <c>@en</c> or <c>@en-GB</c>: letters, then subtags of letters and digits after hyphens.</summary>
internal static class LanguageTagScanner
{
    /// <summary>
    /// Reads the tag the cursor is on (at its '@'), without the '@'. The span is valid until the cursor next moves.
    /// Turtle's <c>@prefix</c> and <c>@base</c> read as tags too: the parser tells them apart.
    /// </summary>
    public static ReadOnlySpan<char> Read(TextCursor cursor)
    {
        var end = 1;
        while (RdfCharacters.IsAsciiLetter(cursor.PeekAt(end)))
        {
            end++;
        }

        if (end == 1)
        {
            throw cursor.ErrorAhead(1, $"a language tag starts with a letter (as in @en); found {RdfCharacters.Describe(cursor.PeekAt(1))}");
        }

        // A hyphen belongs to the tag only when a subtag follows it.
        while (cursor.PeekAt(end) == '-' && IsSubtagChar(cursor.PeekAt(end + 1)))
        {
            end += 2;
            while (IsSubtagChar(cursor.PeekAt(end)))
            {
                end++;
            }
        }

        var tag = cursor.Buffer.AsSpan(cursor.Index + 1, end - 1);
        cursor.Index += end;
        return tag;
    }

    private static bool IsSubtagChar(int c) => RdfCharacters.IsAsciiLetter(c) || RdfCharacters.IsDigit(c);
}
