using System;
using System.Buffers;

namespace KnowledgeGraph.Rdf;

/// <summary>The character classes of the N-Triples and Turtle grammars (PN_CHARS_BASE and the rest), and how messages name characters.</summary>
internal static class RdfCharacters
{
    /// <summary>Where the plain run of an IRIREF stops: its end, an escape, or a character an IRIREF may not hold.</summary>
    public static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + " <>\"{}|^`\\");

    public static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");

    public static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");

    public static readonly SearchValues<char> LineEnds = SearchValues.Create("\n\r");

    /// <summary>Whether an IRIREF may hold this code point, written as itself or as a \u escape.</summary>
    public static bool IsIriChar(int c) =>
        c > ' ' && c is not ('<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\') && !IsSurrogate(c);

    public static bool IsSurrogate(int c) => c is >= 0xD800 and <= 0xDFFF;

    public static bool IsAsciiLetter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsHex(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    public static int HexValue(int c) => IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>PN_CHARS_BASE: the letters a prefix starts with.</summary>
    public static bool IsNameStart(int c) =>
        IsAsciiLetter(c)
        || c is (>= 0x00C0 and <= 0x00D6) or (>= 0x00D8 and <= 0x00F6) or (>= 0x00F8 and <= 0x02FF)
            or (>= 0x0370 and <= 0x037D) or (>= 0x037F and <= 0x1FFF) or (>= 0x200C and <= 0x200D)
            or (>= 0x2070 and <= 0x218F) or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    /// <summary>PN_CHARS_U: a name start or '_'.</summary>
    public static bool IsNameStartOrUnderscore(int c) => c == '_' || IsNameStart(c);

    /// <summary>PN_CHARS: the characters inside a name.</summary>
    public static bool IsNameChar(int c) =>
        IsNameStartOrUnderscore(c) || c == '-' || IsDigit(c) || c == 0x00B7 || c is (>= 0x0300 and <= 0x036F) or (>= 0x203F and <= 0x2040);

    /// <summary>PN_LOCAL_ESC: what a backslash may escape in a local name.</summary>
    public static bool IsLocalEscapable(int c) =>
        c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '='
            or '/' or '?' or '#' or '@' or '%';

    /// <summary>How a character is named in a message: itself when printable, else its code point.</summary>
    public static string Describe(int c) =>
        c < 0 ? "the end of the text"
        : c == ' ' ? "a space"
        : c is '\n' or '\r' ? "the end of the line"
        : c < ' ' || c == 0x7F || IsSurrogate(c) ? $"U+{c:X4}"
        : c > 0xFFFF ? $"'{char.ConvertFromUtf32(c)}'"
        : $"'{(char)c}'";

    /// <summary>Text quoted in a message, cut short when long.</summary>
    public static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");
}
