using System;
using System.Buffers;

namespace KnowledgeGraph.Rdf;

/// <summary>Reads quoted strings, their escapes decoded: one line between single quote marks, or many between three.</summary>
internal static class StringLiteralScanner
{
    /// <summary>
    /// Reads the string the cursor is on (at its opening quote mark, <c>"</c> or <c>'</c>), which ends on the same line.
    /// The span is valid until the cursor next moves.
    /// </summary>
    public static ReadOnlySpan<char> ReadShort(TextCursor cursor)
    {
        var quote = cursor.Buffer[cursor.Index];
        var stops = quote == '"' ? RdfCharacters.DoubleQuoteStops : RdfCharacters.SingleQuoteStops;
        cursor.Index++;
        var start = cursor.Index;
        var rest = cursor.Buffer.AsSpan(start, cursor.End - start);
        var stop = rest.IndexOfAny(stops);
        if (stop >= 0 && rest[stop] == quote)
        {
            cursor.Index = start + stop + 1;
            return rest[..stop];
        }

        return ReadShortPiecewise(cursor, quote, stops);
    }

    /// <summary>
    /// Reads the long string the cursor is on (at the first of its three opening quote marks), which may span lines.
    /// The span is valid until the cursor next moves.
    /// </summary>
    public static ReadOnlySpan<char> ReadLong(TextCursor cursor)
    {
        var quote = cursor.Buffer[cursor.Index];
        var stops = quote == '"' ? RdfCharacters.DoubleQuoteStops : RdfCharacters.SingleQuoteStops;
        cursor.Index += 3;
        var scratch = cursor.Scratch;
        scratch.Clear();
        while (true)
        {
            if (!cursor.HasChar)
            {
                throw cursor.Error($"the string is not closed with {quote}{quote}{quote} before the end of the text");
            }

            var rest = cursor.Buffer.AsSpan(cursor.Index, cursor.End - cursor.Index);
            var stop = rest.IndexOfAny(stops);
            if (stop < 0)
            {
                scratch.Append(rest);
                cursor.Index = cursor.End;
                continue;
            }

            scratch.Append(rest[..stop]);
            cursor.Index += stop;
            var c = rest[stop];
            cursor.Index++;
            if (c == '\\')
            {
                EscapeScanner.ReadStringEscape(cursor);
            }
            else if (c == quote && cursor.PeekAt(0) == quote && cursor.PeekAt(1) == quote)
            {
                cursor.Index += 2;
                return scratch.Span;
            }
            else
            {
                scratch.Append(c);
                if (c is '\n' or '\r')
                {
                    cursor.LineBreak(c);
                }
            }
        }
    }

    private static ReadOnlySpan<char> ReadShortPiecewise(TextCursor cursor, char quote, SearchValues<char> stops)
    {
        var scratch = cursor.Scratch;
        scratch.Clear();
        while (true)
        {
            if (!cursor.HasChar)
            {
                throw cursor.Error($"the string is not closed with {quote} before the end of the text");
            }

            var rest = cursor.Buffer.AsSpan(cursor.Index, cursor.End - cursor.Index);
            var stop = rest.IndexOfAny(stops);
            if (stop < 0)
            {
                scratch.Append(rest);
                cursor.Index = cursor.End;
                continue;
            }

            scratch.Append(rest[..stop]);
            cursor.Index += stop;
            var c = rest[stop];
            if (c == quote)
            {
                cursor.Index++;
                return scratch.Span;
            }

            if (c != '\\')
            {
                throw cursor.Error($"the string is not closed with {quote} on its line (write a line break inside it as \\n)");
            }

            cursor.Index++;
            EscapeScanner.ReadStringEscape(cursor);
        }
    }
}
