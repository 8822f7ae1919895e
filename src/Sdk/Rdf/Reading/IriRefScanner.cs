using System;

namespace KnowledgeGraph.Rdf;

/// <summary>Reads an IRIREF, <c>&lt;...&gt;</c>: its text with \u escapes decoded, each character checked.</summary>
internal static class IriRefScanner
{
    /// <summary>
    /// Reads the IRIREF the cursor is on (at its '&lt;'). The span is valid until the cursor next moves: it points into
    /// the cursor's block when the IRI lies whole in it without escapes, else into the scratch.
    /// </summary>
    public static ReadOnlySpan<char> Read(TextCursor cursor)
    {
        cursor.Index++;
        var start = cursor.Index;
        var rest = cursor.Buffer.AsSpan(start, cursor.End - start);
        var stop = rest.IndexOfAny(RdfCharacters.IriStops);
        if (stop >= 0 && rest[stop] == '>')
        {
            cursor.Index = start + stop + 1;
            return rest[..stop];
        }

        return ReadPiecewise(cursor);
    }

    /// <summary>The IRI across blocks or with escapes: built in the scratch.</summary>
    private static ReadOnlySpan<char> ReadPiecewise(TextCursor cursor)
    {
        var scratch = cursor.Scratch;
        scratch.Clear();
        while (true)
        {
            if (!cursor.HasChar)
            {
                throw cursor.Error("the IRI is not closed with '>' before the end of the text");
            }

            var rest = cursor.Buffer.AsSpan(cursor.Index, cursor.End - cursor.Index);
            var stop = rest.IndexOfAny(RdfCharacters.IriStops);
            if (stop < 0)
            {
                scratch.Append(rest);
                cursor.Index = cursor.End;
                continue;
            }

            scratch.Append(rest[..stop]);
            cursor.Index += stop;
            var c = rest[stop];
            if (c == '>')
            {
                cursor.Index++;
                return scratch.Span;
            }

            if (c != '\\')
            {
                throw cursor.Error(Refusal(c));
            }

            cursor.Index++;
            var escape = cursor.Peek();
            if (escape is not ('u' or 'U'))
            {
                throw TextCursor.Error(
                    $"an IRI allows only \\u and \\U escapes, not a backslash before {RdfCharacters.Describe(escape)}; write other characters percent-encoded",
                    cursor.PositionAhead(-1));
            }

            var escapeAt = cursor.PositionAhead(-1);
            var codePoint = EscapeScanner.ReadUchar(cursor);
            if (!RdfCharacters.IsIriChar(codePoint))
            {
                throw TextCursor.Error(EscapeRefusal(codePoint), escapeAt);
            }

            scratch.AppendCodePoint(codePoint);
        }
    }

    /// <summary>The message for a character an IRI may not hold, written as itself.</summary>
    private static string Refusal(char c) => c is '\n' or '\r'
        ? "the IRI is not closed with '>' on its line"
        : $"the IRI holds {Name(c)}; {Remedy(c)}";

    /// <summary>The message for an escape that stands for a character an IRI may not hold.</summary>
    private static string EscapeRefusal(int c) => $"the escape stands for {Name(c)}, which an IRI may not hold; {Remedy(c)}";

    private static string Name(int c) => c switch
    {
        ' ' => "a space",
        < ' ' => $"the control character U+{c:X4}",
        _ => $"'{(char)c}'",
    };

    private static string Remedy(int c) => c == '<' || c == '>'
        ? $"write it as %{c:X2} (or close the IRI with '>' before it)"
        : $"write it as %{c:X2}";
}
