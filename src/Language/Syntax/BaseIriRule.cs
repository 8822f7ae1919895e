using System;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// What a base IRI for RDF must be (the MSBuild property <c>KnowledgeGraphBaseIri</c>, <c>RdfOptions.BaseIri</c>): an
/// absolute IRI that ends with <c>/</c>, so that the paths appended to it (<c>schema/Town</c>, <c>id/izyum</c>) stay in
/// it, with no <c>#</c>, <c>;</c> or character an IRI may not hold (the compiler cuts an MSBuild property's value at
/// <c>#</c> or <c>;</c>).
/// </summary>
public static class BaseIriRule
{
    /// <summary>What is wrong with <paramref name="value"/>, or null when it is a valid base.</summary>
    public static string? Problem(string? value)
    {
        if (value is null || !HasScheme(value) || !Uri.TryCreate(value, UriKind.Absolute, out _))
        {
            return $"'{value}' is not an absolute IRI; write one such as 'https://example.com/kg/'";
        }

        if (value.IndexOf('#') >= 0 || value.IndexOf(';') >= 0)
        {
            return $"'{value}' holds '#' or ';'; a base ends with '/' and has neither (the IRIs are made by appending paths such as 'schema/Town')";
        }

        if (!value.EndsWith("/", StringComparison.Ordinal))
        {
            return $"'{value}' must end with '/', so that the paths appended to it stay inside it ('{value}/'); if you wrote a '#' or ';', the compiler cut the value there";
        }

        if (IriCharacters.FirstIllegal(value) is var at and >= 0)
        {
            return $"'{value}' holds a character an IRI may not hold ({IriCharacters.Describe(value[at])})";
        }

        return null;
    }

    /// <summary>A scheme and a colon first (<c>https:</c>): on Unix a rooted path such as <c>/kg/</c> also makes an absolute System.Uri.</summary>
    private static bool HasScheme(string value)
    {
        var colon = value.IndexOf(':');
        if (colon < 1 || !IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(IsAsciiLetter(value[i]) || (value[i] >= '0' && value[i] <= '9') || value[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
