namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// The characters no IRI may hold, in RDF text or anywhere: spaces and control characters, <c>&lt;&gt;"{}|^`\</c>,
/// and UTF-16 surrogates that are not a pair. The one place this rule is written.
/// </summary>
public static class IriCharacters
{
    /// <summary>Where the first character no IRI may hold stands in <paramref name="iri"/>; -1 when there is none.</summary>
    public static int FirstIllegal(string iri)
    {
        for (var i = 0; i < iri.Length; i++)
        {
            var c = iri[i];
            if (char.IsHighSurrogate(c) && i + 1 < iri.Length && char.IsLowSurrogate(iri[i + 1]))
            {
                i++;
                continue;
            }

            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A character as a message names it: "a space", <c>U+0009</c> for a control character or a lone surrogate, else itself quoted.</summary>
    public static string Describe(char c) => c == ' ' ? "a space" : c < ' ' || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : $"'{c}'";
}
