using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>The examples of RFC 3986 section 5.4, against its base http://a/b/c/d;p?q.</summary>
public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    public void Normal_examples(string reference, string resolved) => Assert.Equal(resolved, IriResolver.Resolve(Base, reference));

    [Theory]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Abnormal_examples(string reference, string resolved) => Assert.Equal(resolved, IriResolver.Resolve(Base, reference));

    [Theory]
    [InlineData("http://a", "b", "http://a/b")]
    [InlineData("urn:isbn:0451450523", "#x", "urn:isbn:0451450523#x")]
    [InlineData("http://a/b/c", "//other/x/../y", "http://other/y")]
    public void Edges_of_the_merge(string baseIri, string reference, string resolved) =>
        Assert.Equal(resolved, IriResolver.Resolve(baseIri, reference));

    [Theory]
    [InlineData("http://x", true)]
    [InlineData("a+b-c.d:x", true)]
    [InlineData("urn:x", true)]
    [InlineData("1http:x", false)]
    [InlineData("/path", false)]
    [InlineData("x", false)]
    [InlineData("", false)]
    [InlineData("a/b:c", false)]
    public void An_IRI_is_absolute_when_it_starts_with_a_scheme(string iri, bool absolute) =>
        Assert.Equal(absolute, IriResolver.IsAbsolute(iri));
}
