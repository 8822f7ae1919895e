using System;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// What a base IRI for RDF must be (the MSBuild property <c>KnowledgeGraphBaseIri</c>, <c>RdfOptions.BaseIri</c>): an
/// absolute IRI that ends with <c>/</c> or <c>#</c>, so that names appended to it stay in it, and holds no character
/// an IRI may not hold.
/// </summary>
public static class BaseIriRule
{
    /// <summary>What is wrong with <paramref name="value"/>, or null when it is a valid base.</summary>
    public static string? Problem(string? value)
    {
        if (value is null || !Uri.TryCreate(value, UriKind.Absolute, out _))
        {
            return $"'{value}' is not an absolute IRI; write one such as 'https://example.com/kg/'";
        }

        if (!(value.EndsWith("/", StringComparison.Ordinal) || value.EndsWith("#", StringComparison.Ordinal)))
        {
            return $"'{value}' must end with '/' or '#', so that the names appended to it stay inside it ('{value}/')";
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`')
            {
                return $"'{value}' holds a character an IRI may not hold ({(c <= ' ' ? $"U+{(int)c:X4}" : c.ToString())})";
            }
        }

        return null;
    }
}
