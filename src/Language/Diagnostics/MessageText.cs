using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>
/// Text from a file as it may appear in a message: control characters, line and paragraph separators, invisible
/// formatting characters and the right-to-left overrides that could make a message read as something else are shown as
/// <c>\uXXXX</c>, so a message always says what the file holds.
/// </summary>
public static class MessageText
{
    /// <summary><paramref name="noun"/> after "a" or "an", as its first letter asks: "a Settlement", "an Actor".</summary>
    public static string Article(string noun) =>
        (noun.Length > 0 && "AEIOUaeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;

    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u200B' && c <= '\u200F') // zero-width characters and the left/right-to-left marks
        || (c >= '\u2028' && c <= '\u202E') // line and paragraph separators, embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069') // isolates
        || c is '\u061C' or '\uFEFF' or '\u00AD';
}
