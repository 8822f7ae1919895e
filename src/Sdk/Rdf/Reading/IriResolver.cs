using System;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Resolves a relative IRI reference against a base IRI as RFC 3986 section 5.2 does ("strict": a reference with a
/// scheme is taken as it is, but for its dot segments).
/// </summary>
public static class IriResolver
{
    /// <summary>Whether <paramref name="iri"/> starts with a scheme (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"</c>).</summary>
    public static bool IsAbsolute(ReadOnlySpan<char> iri) => SchemeLength(iri) > 0;

    /// <summary>The IRI that <paramref name="reference"/> names when read against <paramref name="baseIri"/>, which must be absolute.</summary>
    public static string Resolve(string baseIri, string reference)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        ArgumentNullException.ThrowIfNull(reference);
        var r = IriParts.Split(reference);
        if (r.Scheme is not null)
        {
            return r.WithPath(RemoveDotSegments(r.Path)).ToString();
        }

        var b = IriParts.Split(baseIri);
        if (b.Scheme is null)
        {
            throw new ArgumentException($"The base IRI <{baseIri}> is not absolute.", nameof(baseIri));
        }

        string path;
        string? authority;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = RemoveDotSegments(r.Path[0] == '/' ? r.Path : Merge(b, r.Path));
                query = r.Query;
            }
        }

        return new IriParts(b.Scheme, authority, path, query, r.Fragment).ToString();
    }

    /// <summary>RFC 3986 section 5.2.4: removes the "." and ".." segments of a path, each ".." with the segment before it.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return path;
        }

        var output = new StringBuilder(path.Length);
        var i = 0;
        while (i < path.Length)
        {
            var input = path.AsSpan(i);
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                i += 3;
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                i += 2;
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                i += 2; // "/./x" becomes "/x"
            }
            else if (input.SequenceEqual("/."))
            {
                output.Append('/');
                i = path.Length;
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal))
            {
                i += 3; // "/../x" becomes "/x"
                RemoveLastSegment(output);
            }
            else if (input.SequenceEqual("/.."))
            {
                RemoveLastSegment(output);
                output.Append('/');
                i = path.Length;
            }
            else if (input.SequenceEqual(".") || input.SequenceEqual(".."))
            {
                i = path.Length;
            }
            else
            {
                // The first segment, with the '/' before it, moves to the output.
                var next = input[1..].IndexOf('/');
                var length = next < 0 ? input.Length : next + 1;
                output.Append(input[..length]);
                i += length;
            }
        }

        return output.ToString();
    }

    internal static int SchemeLength(ReadOnlySpan<char> iri)
    {
        if (iri.IsEmpty || !RdfCharacters.IsAsciiLetter(iri[0]))
        {
            return 0;
        }

        for (var i = 1; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c == ':')
            {
                return i;
            }

            if (!RdfCharacters.IsAsciiLetter(c) && !RdfCharacters.IsDigit(c) && c is not ('+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>RFC 3986 section 5.2.3: the reference's path put after the base path's last '/'.</summary>
    private static string Merge(IriParts baseParts, string referencePath)
    {
        if (baseParts.Authority is not null && baseParts.Path.Length == 0)
        {
            return "/" + referencePath;
        }

        var lastSlash = baseParts.Path.LastIndexOf('/');
        return lastSlash < 0 ? referencePath : string.Concat(baseParts.Path.AsSpan(0, lastSlash + 1), referencePath);
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var i = output.Length - 1;
        while (i >= 0 && output[i] != '/')
        {
            i--;
        }

        output.Length = Math.Max(i, 0);
    }
}
