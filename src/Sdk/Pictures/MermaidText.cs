using System.Text;

namespace KnowledgeGraph.Pictures;

/// <summary>
/// Text as Mermaid needs it. Names never stand as Mermaid ids (an id such as <c>end</c> or one with a quote breaks a
/// diagram): ids are generated, and names are labels in double quotes, where a quote, <c>#</c>, <c>&lt;</c>,
/// <c>&gt;</c>, <c>&amp;</c>, a backtick (which would open a markdown string) and <c>:</c> and <c>;</c> (which Mermaid's
/// own pre-pass reads) are written as Mermaid's entity codes.
/// </summary>
internal static class MermaidText
{
    /// <summary><paramref name="text"/> for a double-quoted Mermaid label (the quotes not included).</summary>
    public static string Label(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Utf16.WellFormed(text))
        {
            switch (c)
            {
                case '"': builder.Append("#quot;"); break;
                case '#': builder.Append("#35;"); break;
                case '<': builder.Append("#lt;"); break;
                case '>': builder.Append("#gt;"); break;
                case '&': builder.Append("#amp;"); break;
                case '`': builder.Append("#96;"); break;
                case ':': builder.Append("#58;"); break;
                case ';': builder.Append("#59;"); break;
                default: builder.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text that stands unquoted where Mermaid reads to the end of the line (a class member, a relation's label): kept
    /// to letters, digits and a few marks (multiplicities such as <c>[1..*]</c> among them), everything else a space,
    /// so that no character can start Mermaid syntax.
    /// </summary>
    public static string Plain(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Utf16.WellFormed(text))
        {
            builder.Append(IsWordPart(c) || c is ' ' or '-' or '?' or '.' or ',' or '\'' or '[' or ']' or '*' or '/' or '(' or ')' ? c : ' ');
        }

        return builder.ToString().Trim();
    }

    /// <summary>What names are made of in any script: letters, marks, digits and connectors, and both halves of a surrogate pair.</summary>
    private static bool IsWordPart(char c) => char.IsSurrogate(c) || char.GetUnicodeCategory(c) switch
    {
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
