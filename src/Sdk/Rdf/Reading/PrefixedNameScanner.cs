using System;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Reads the local part of a prefixed name (PN_LOCAL): <c>\</c> escapes give the character they escape, <c>%HH</c>
/// stays as written, and it may hold dots and colons but not end with a dot.
/// </summary>
internal static class PrefixedNameScanner
{
    /// <summary>
    /// Reads the local name that starts <paramref name="localStart"/> characters past the cursor (just after the
    /// prefix's ':'), and gives the whole name as a token.
    /// </summary>
    public static TurtleToken Read(TextCursor cursor, int localStart, string prefix, StringPool names, RdfPosition at)
    {
        var scratch = cursor.Scratch;
        scratch.Clear();
        var ahead = localStart;
        var first = NameScanner.CodePointAt(cursor, ahead, out var width);
        if (RdfCharacters.IsNameStartOrUnderscore(first) || first == ':' || RdfCharacters.IsDigit(first))
        {
            scratch.AppendCodePoint(first);
            ahead += width;
        }
        else if (first is '%' or '\\')
        {
            ahead = AppendEscape(cursor, ahead);
        }
        else
        {
            cursor.Index += ahead;
            return new TurtleToken(TurtleTokenKind.PrefixedName, prefix, string.Empty, at);
        }

        while (true)
        {
            var c = NameScanner.CodePointAt(cursor, ahead, out width);
            if (RdfCharacters.IsNameChar(c) || c == ':')
            {
                scratch.AppendCodePoint(c);
                ahead += width;
            }
            else if (c is '%' or '\\')
            {
                ahead = AppendEscape(cursor, ahead);
            }
            else if (c == '.' && ContinuesAfterDots(cursor, ahead, out var afterDots))
            {
                for (var dot = ahead; dot < afterDots; dot++)
                {
                    scratch.Append('.');
                }

                ahead = afterDots;
            }
            else
            {
                break;
            }
        }

        cursor.Index += ahead;
        return new TurtleToken(TurtleTokenKind.PrefixedName, prefix, names.Get(scratch.Span), at);
    }

    /// <summary>Whether the name goes on after the dots at <paramref name="ahead"/> (a name cannot end with a dot).</summary>
    private static bool ContinuesAfterDots(TextCursor cursor, int ahead, out int afterDots)
    {
        afterDots = ahead;
        while (cursor.PeekAt(afterDots) == '.')
        {
            afterDots++;
        }

        var next = NameScanner.CodePointAt(cursor, afterDots, out _);
        return RdfCharacters.IsNameChar(next) || next is ':' or '%' or '\\';
    }

    /// <summary>Appends a PLX (<c>%HH</c> as written, or the character after a <c>\</c>); gives the offset past it.</summary>
    private static int AppendEscape(TextCursor cursor, int ahead)
    {
        if (cursor.PeekAt(ahead) == '%')
        {
            for (var i = 1; i <= 2; i++)
            {
                var digit = cursor.PeekAt(ahead + i);
                if (!RdfCharacters.IsHex(digit))
                {
                    throw cursor.ErrorAhead(ahead + i, $"'%' in a local name needs two hex digits after it (as in %20); found {RdfCharacters.Describe(digit)}");
                }
            }

            cursor.Scratch.Append(cursor.Buffer.AsSpan(cursor.Index + ahead, 3));
            return ahead + 3;
        }

        var escaped = cursor.PeekAt(ahead + 1);
        if (!RdfCharacters.IsLocalEscapable(escaped))
        {
            throw cursor.ErrorAhead(ahead,
                $"a backslash in a local name escapes one of _~.-!$&'()*+,;=/?#@% ; found {RdfCharacters.Describe(escaped)} after it (\\u escapes are not allowed in names)");
        }

        cursor.Scratch.Append((char)escaped);
        return ahead + 2;
    }
}
