namespace KnowledgeGraph.Pictures;

/// <summary>Text that every encoder takes: a lone surrogate (half of a pair, which UTF-8 cannot hold) becomes U+FFFD.</summary>
internal static class Utf16
{
    public static string WellFormed(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }

        return chars is null ? text : new string(chars);
    }
}
