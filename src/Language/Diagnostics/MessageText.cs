using System;
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
    /// <summary>
    /// <paramref name="noun"/> after "a" or "an", as it sounds: "a Settlement", "an Actor", and for the common words whose
    /// first letter misleads, "a Unit", "a European", "an Hour". A guess from spelling: English has no rule to compute.
    /// </summary>
    public static string Article(string noun) => (SoundsLikeVowel(noun) ? "an " : "a ") + noun;

    private static readonly string[] VowelLettersSoundingLikeConsonants = { "uni", "use", "usu", "uti", "ura", "ure", "uro", "eu", "one", "once" };
    private static readonly string[] ConsonantLettersSoundingLikeVowels = { "hour", "honest", "honor", "honour", "heir" };

    private static bool SoundsLikeVowel(string noun)
    {
        if (noun.Length == 0)
        {
            return false;
        }

        foreach (var start in ConsonantLettersSoundingLikeVowels)
        {
            if (noun.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var start in VowelLettersSoundingLikeConsonants)
        {
            if (noun.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return "AEIOUaeiou".IndexOf(noun[0]) >= 0;
    }

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
