using System.Text;

namespace KnowledgeGraph.Pictures;

/// <summary>Text as Graphviz DOT needs it: quoted ids and labels, and HTML-like labels.</summary>
internal static class DotText
{
    /// <summary>A double-quoted DOT string holding <paramref name="text"/> as it reads (a line break becomes a centred one).</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in Utf16.WellFormed(text))
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': break;
                default: builder.Append(Printable(c)); break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary><paramref name="text"/> inside an HTML-like label (<c>label=&lt;...&gt;</c>).</summary>
    public static string Html(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Utf16.WellFormed(text))
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\\': builder.Append("\\\\"); break; // Graphviz reads \N, \G and the like even in HTML-like labels (and entities first)
                case '\n': builder.Append("<BR/>"); break;
                case '\r': break;
                default: builder.Append(Printable(c)); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A control character (or U+FFFE, U+FFFF), which Graphviz refuses in XML-like labels, as a space.</summary>
    private static char Printable(char c) => char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? ' ' : c;
}
