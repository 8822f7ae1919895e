using System.Text;

namespace KnowledgeGraph.Pictures;

/// <summary>
/// Text as Mermaid needs it. Names never stand as Mermaid ids (an id such as <c>end</c> or one with a quote breaks a
/// diagram): ids are generated, and names are labels in double quotes, where a quote, <c>#</c>, <c>&lt;</c> and
/// <c>&gt;</c> are written as Mermaid's entity codes.
/// </summary>
internal static class MermaidText
{
    /// <summary><paramref name="text"/> for a double-quoted Mermaid label (the quotes not included).</summary>
    public static string Label(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("#quot;"); break;
                case '#': builder.Append("#35;"); break;
                case '<': builder.Append("#lt;"); break;
                case '>': builder.Append("#gt;"); break;
                case '\n': case '\r': case '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
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
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '?' or '.' or ',' or '\'' or '[' or ']' or '*' or '/' or '(' or ')' ? c : ' ');
        }

        return builder.ToString().Trim();
    }
}
