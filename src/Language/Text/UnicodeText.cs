using System.Text;

namespace KnowledgeGraph.Language.Text;

/// <summary>
/// The one normalization of the language: names, ids, every scalar and every document are compared in NFC, so that
/// "München" typed with a precomposed ü and with u and a combining diaeresis is one name, and a quote matches its
/// document however either was typed.
/// </summary>
public static class UnicodeText
{
    /// <summary>The character that stands for bytes that were not valid UTF-8 when a file was decoded.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The one-based line and column of <paramref name="offset"/> in <paramref name="text"/> (lines end at '\n').</summary>
    public static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    public static string Normalize(string text)
    {
        // ASCII text, nearly all of it, is already in NFC: checked without calling into the normalizer.
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
            }
        }

        return text;
    }
}
