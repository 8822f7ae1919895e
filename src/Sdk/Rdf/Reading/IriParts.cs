using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The five components of an IRI reference (RFC 3986 section 3): null where the reference has no such component,
/// which differs from an empty one (<c>http://a/b?</c> has an empty query).
/// </summary>
internal readonly record struct IriParts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
{
    /// <summary>Splits a reference as the regular expression of RFC 3986 appendix B does.</summary>
    public static IriParts Split(string reference)
    {
        var schemeLength = IriResolver.SchemeLength(reference);
        var scheme = schemeLength > 0 ? reference[..schemeLength] : null;
        var i = schemeLength > 0 ? schemeLength + 1 : 0;

        var fragmentAt = reference.IndexOf('#', i);
        var end = fragmentAt < 0 ? reference.Length : fragmentAt;
        var fragment = fragmentAt < 0 ? null : reference[(fragmentAt + 1)..];

        var queryAt = reference.IndexOf('?', i, end - i);
        var query = queryAt < 0 ? null : reference[(queryAt + 1)..end];
        end = queryAt < 0 ? end : queryAt;

        string? authority = null;
        if (end - i >= 2 && reference[i] == '/' && reference[i + 1] == '/')
        {
            var pathAt = reference.IndexOf('/', i + 2, end - i - 2);
            var authorityEnd = pathAt < 0 ? end : pathAt;
            authority = reference[(i + 2)..authorityEnd];
            i = authorityEnd;
        }

        return new IriParts(scheme, authority, reference[i..end], query, fragment);
    }

    public IriParts WithPath(string path) => this with { Path = path };

    /// <summary>RFC 3986 section 5.3: the components put back together.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Scheme is not null)
        {
            text.Append(Scheme).Append(':');
        }

        if (Authority is not null)
        {
            text.Append("//").Append(Authority);
        }

        text.Append(Path);
        if (Query is not null)
        {
            text.Append('?').Append(Query);
        }

        if (Fragment is not null)
        {
            text.Append('#').Append(Fragment);
        }

        return text.ToString();
    }
}
