using System;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Cuts Turtle text into tokens (the terminals of the Turtle grammar), passing white space and comments. Each token
/// is the longest the grammar allows at its place, as the grammar asks: <c>1.e5</c> is one number, <c>27.</c> is a
/// number and a dot.
/// </summary>
internal sealed class TurtleLexer
{
    private readonly TextCursor _cursor;
    private readonly StringPool _iris = new();
    private readonly StringPool _names = new();

    public TurtleLexer(TextCursor cursor)
    {
        _cursor = cursor;
    }

    public TurtleToken Next()
    {
        var cursor = _cursor;
        cursor.SkipSpaceAndComments();
        var at = cursor.Position;
        var c = cursor.Peek();
        switch (c)
        {
            case -1:
                return new TurtleToken(TurtleTokenKind.EndOfText, string.Empty, string.Empty, at);
            case '<':
                return Token(TurtleTokenKind.IriRef, _iris.Get(IriRefScanner.Read(cursor)), at);
            case '"' or '\'':
                var isLong = cursor.PeekAt(1) == c && cursor.PeekAt(2) == c;
                var value = isLong ? StringLiteralScanner.ReadLong(cursor) : StringLiteralScanner.ReadShort(cursor);
                return Token(TurtleTokenKind.String, new string(value), at);
            case '_':
                return Token(TurtleTokenKind.BlankNodeLabel, _names.Get(BlankNodeLabelScanner.Read(cursor)), at);
            case '@':
                return Token(TurtleTokenKind.AtWord, _names.Get(LanguageTagScanner.Read(cursor)), at);
            case '.' when RdfCharacters.IsDigit(cursor.PeekAt(1)):
                return NumericLiteralScanner.Read(cursor, at);
            case '+' or '-':
                return NumericLiteralScanner.Read(cursor, at);
            case var digit when RdfCharacters.IsDigit(digit):
                return NumericLiteralScanner.Read(cursor, at);
            case '.': return Punctuation(TurtleTokenKind.Dot, ".", at);
            case ';': return Punctuation(TurtleTokenKind.Semicolon, ";", at);
            case ',': return Punctuation(TurtleTokenKind.Comma, ",", at);
            case '[': return Punctuation(TurtleTokenKind.OpenBracket, "[", at);
            case ']': return Punctuation(TurtleTokenKind.CloseBracket, "]", at);
            case '(': return Punctuation(TurtleTokenKind.OpenParenthesis, "(", at);
            case ')': return Punctuation(TurtleTokenKind.CloseParenthesis, ")", at);
            case '^':
                if (cursor.PeekAt(1) != '^')
                {
                    throw cursor.Error("a lone '^': a datatype is written after '^^'");
                }

                cursor.Index++;
                return Punctuation(TurtleTokenKind.DoubleCaret, "^^", at);
            case ':':
                return PrefixedNameScanner.Read(cursor, 1, string.Empty, _names, at);
            default:
                return ReadWord(at);
        }
    }

    /// <summary>A prefixed name (<c>ex:x</c>, <c>ex:</c>) or a keyword, starting with a letter.</summary>
    private TurtleToken ReadWord(RdfPosition at)
    {
        var cursor = _cursor;
        var first = NameScanner.CodePointAt(cursor, 0, out var width);
        if (!RdfCharacters.IsNameStart(first))
        {
            var hint = RdfCharacters.IsLocalEscapable(first) ? $"; inside a local name write it as \\{(char)first}" : string.Empty;
            throw cursor.Error($"unexpected {RdfCharacters.Describe(first)}{hint}");
        }

        var end = NameScanner.SkipTail(cursor, width, RdfCharacters.IsNameChar);
        if (cursor.PeekAt(end) == ':')
        {
            var prefix = _names.Get(cursor.Buffer.AsSpan(cursor.Index, end));
            return PrefixedNameScanner.Read(cursor, end + 1, prefix, _names, at);
        }

        var afterDots = end;
        while (cursor.PeekAt(afterDots) == '.')
        {
            afterDots++;
        }

        if (afterDots > end && cursor.PeekAt(afterDots) == ':')
        {
            throw cursor.ErrorAhead(afterDots - 1, "a prefix cannot end with '.'");
        }

        var word = cursor.Buffer.AsSpan(cursor.Index, end);
        var keyword = word switch
        {
            "a" => "a",
            "true" => "true",
            "false" => "false",
            _ when word.Equals("PREFIX", StringComparison.OrdinalIgnoreCase) => "PREFIX",
            _ when word.Equals("BASE", StringComparison.OrdinalIgnoreCase) => "BASE",
            _ => null,
        };
        if (keyword is null)
        {
            throw cursor.Error(
                $"'{RdfCharacters.Shorten(word)}' is not a keyword (a, true, false, PREFIX, BASE); a prefixed name needs a ':', as in ex:{RdfCharacters.Shorten(word)}");
        }

        cursor.Index += end;
        return Token(TurtleTokenKind.Keyword, keyword, at);
    }

    private static TurtleToken Token(TurtleTokenKind kind, string text, RdfPosition at) => new(kind, text, string.Empty, at);

    private TurtleToken Punctuation(TurtleTokenKind kind, string text, RdfPosition at)
    {
        _cursor.Index++;
        return new TurtleToken(kind, text, string.Empty, at);
    }
}
