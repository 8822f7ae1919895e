namespace KnowledgeGraph.Rdf;

internal enum TurtleTokenKind : byte
{
    EndOfText,

    /// <summary><c>&lt;...&gt;</c>; <see cref="TurtleToken.Text"/> is the IRI as written, escapes decoded, not yet resolved.</summary>
    IriRef,

    /// <summary><c>prefix:local</c>; <see cref="TurtleToken.Text"/> is the prefix, <see cref="TurtleToken.Local"/> the local name unescaped (empty for <c>prefix:</c>).</summary>
    PrefixedName,

    /// <summary><c>_:label</c>; <see cref="TurtleToken.Text"/> is the label.</summary>
    BlankNodeLabel,

    /// <summary>A quoted string in any of its four forms; <see cref="TurtleToken.Text"/> is its value.</summary>
    String,

    /// <summary><c>@word</c>: a language tag, or <c>@prefix</c> or <c>@base</c>; <see cref="TurtleToken.Text"/> is the word.</summary>
    AtWord,

    Integer,
    Decimal,
    Double,

    /// <summary>A bare word: <c>a</c>, <c>true</c>, <c>false</c>, or (in any case) <c>PREFIX</c> or <c>BASE</c>.</summary>
    Keyword,

    Dot,
    Semicolon,
    Comma,
    OpenBracket,
    CloseBracket,
    OpenParenthesis,
    CloseParenthesis,
    DoubleCaret,
}

/// <summary>A Turtle token and where it starts.</summary>
internal readonly record struct TurtleToken(TurtleTokenKind Kind, string Text, string Local, RdfPosition At)
{
    public bool IsKeyword(string word) => Kind == TurtleTokenKind.Keyword && Text == word;

    /// <summary>How the token is named in a message.</summary>
    public string Describe() => Kind switch
    {
        TurtleTokenKind.EndOfText => "the end of the text",
        TurtleTokenKind.IriRef => $"<{RdfCharacters.Shorten(Text)}>",
        TurtleTokenKind.PrefixedName => $"{Text}:{RdfCharacters.Shorten(Local)}",
        TurtleTokenKind.BlankNodeLabel => $"_:{Text}",
        TurtleTokenKind.String => $"the string \"{RdfCharacters.Shorten(Text)}\"",
        TurtleTokenKind.AtWord => $"@{Text}",
        TurtleTokenKind.Integer or TurtleTokenKind.Decimal or TurtleTokenKind.Double => $"the number {Text}",
        TurtleTokenKind.Keyword => $"'{Text}'",
        _ => $"'{Text}'",
    };
}
