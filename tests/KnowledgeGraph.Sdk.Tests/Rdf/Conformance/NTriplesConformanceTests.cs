using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf.Conformance;

/// <summary>
/// The W3C RDF 1.1 N-Triples suite, one case a test of its manifest: positive syntax tests read (and what they read
/// writes back as N-Triples that reads the same), negative ones fail with a located <see cref="RdfSyntaxException"/>.
/// </summary>
public sealed class NTriplesConformanceTests
{
    /// <summary>The tests by their ids in the manifest.</summary>
    public static TheoryData<string> Ids()
    {
        var ids = new TheoryData<string>();
        foreach (var test in W3cManifest.Tests(W3cManifest.NTriples))
        {
            ids.Add(test.Id);
        }

        return ids;
    }

    [Fact]
    public void The_manifest_lists_the_whole_suite_each_test_once()
    {
        var tests = W3cManifest.Tests(W3cManifest.NTriples);
        Assert.Equal(70, tests.Count);
        Assert.Equal(tests.Count, tests.Select(test => test.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void NTriples_test(string id)
    {
        var test = W3cManifest.Test(W3cManifest.NTriples, id);
        switch (W3cManifest.Kind(test))
        {
            case "TestNTriplesPositiveSyntax":
                var triples = Read(test);
                var written = string.Join("\n", triples.Select(t => t.ToString()));
                var again = new NTriplesReader(new StringReader(written)).ReadTriples().ToList();
                Assert.Null(GraphIsomorphism.Difference(triples, again));
                break;
            case "TestNTriplesNegativeSyntax":
                var error = Assert.Throws<RdfSyntaxException>(() => Read(test));
                Assert.True(error.Line >= 1 && error.Column >= 1, error.Message);
                break;
            default:
                Assert.Fail($"{id} is a test of a kind this suite does not run: {test.Type}");
                break;
        }
    }

    private static List<RdfTriple> Read(W3cTest test)
    {
        using var text = W3cManifest.Open(W3cManifest.NTriples, test.ActionFile);
        return new NTriplesReader(text).ReadTriples().ToList();
    }
}
