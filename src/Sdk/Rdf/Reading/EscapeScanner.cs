namespace KnowledgeGraph.Rdf;

/// <summary>Reads the escapes of N-Triples and Turtle: UCHAR (<c>\uXXXX</c>, <c>\UXXXXXXXX</c>) and ECHAR (<c>\n</c> and the rest).</summary>
internal static class EscapeScanner
{
    /// <summary>
    /// Reads a UCHAR whose backslash is passed (the cursor is on its <c>u</c> or <c>U</c>) and gives its code point:
    /// a Unicode scalar value, never half of a surrogate pair.
    /// </summary>
    public static int ReadUchar(TextCursor cursor)
    {
        var escapeAt = cursor.PositionAhead(-1);
        var digits = cursor.Peek() == 'u' ? 4 : 8;
        var value = 0;
        for (var i = 1; i <= digits; i++)
        {
            var c = cursor.PeekAt(i);
            if (!RdfCharacters.IsHex(c))
            {
                var letter = digits == 4 ? 'u' : 'U';
                throw TextCursor.Error(
                    $"\\{letter} needs {(digits == 4 ? "four" : "eight")} hex digits; found {RdfCharacters.Describe(c)}", cursor.PositionAhead(i));
            }

            value = (value << 4) | RdfCharacters.HexValue(c);
        }

        // Eight hex digits can reach past int.MaxValue: the sign bit then shows it, and it is out of range either way.
        if (value is < 0 or > 0x10FFFF)
        {
            throw TextCursor.Error("the escape is beyond U+10FFFF, the last Unicode code point", escapeAt);
        }

        if (RdfCharacters.IsSurrogate(value))
        {
            throw TextCursor.Error(
                $"the escape stands for U+{value:X4}, half of a surrogate pair; escape the whole character with \\U and its code point",
                escapeAt);
        }

        cursor.Index += digits + 1;
        return value;
    }

    /// <summary>
    /// Reads an escape in a string whose backslash is passed: an ECHAR or a UCHAR, appended to the scratch.
    /// </summary>
    public static void ReadStringEscape(TextCursor cursor)
    {
        var c = cursor.Peek();
        char plain;
        switch (c)
        {
            case 'u' or 'U':
                cursor.Scratch.AppendCodePoint(ReadUchar(cursor));
                return;
            case 't': plain = '\t'; break;
            case 'b': plain = '\b'; break;
            case 'n': plain = '\n'; break;
            case 'r': plain = '\r'; break;
            case 'f': plain = '\f'; break;
            case '"' or '\'' or '\\': plain = (char)c; break;
            default:
                var written = c > ' ' && c < 0x7F ? $"'\\{(char)c}'" : $"a backslash before {RdfCharacters.Describe(c)}";
                throw TextCursor.Error(
                    $"{written} is not an escape; a string allows \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u and \\U",
                    cursor.PositionAhead(-1));
        }

        cursor.Index++;
        cursor.Scratch.Append(plain);
    }
}
