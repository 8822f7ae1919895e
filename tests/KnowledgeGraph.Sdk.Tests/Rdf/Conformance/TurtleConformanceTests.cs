using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf.Conformance;

/// <summary>
/// The W3C RDF 1.1 Turtle suite, one case a test of its manifest: positive syntax tests read, negative ones fail with
/// a located <see cref="RdfSyntaxException"/>, and evaluation tests give a graph isomorphic to their N-Triples. Each
/// input is read at its IRI in the suite, its base for relative IRIs.
/// </summary>
public sealed class TurtleConformanceTests
{
    /// <summary>The tests by their ids in the manifest.</summary>
    public static TheoryData<string> Ids()
    {
        var ids = new TheoryData<string>();
        foreach (var test in W3cManifest.Tests(W3cManifest.Turtle))
        {
            ids.Add(test.Id);
        }

        return ids;
    }

    [Fact]
    public void The_manifest_lists_the_whole_suite_each_test_once()
    {
        var tests = W3cManifest.Tests(W3cManifest.Turtle);
        Assert.Equal(313, tests.Count);
        Assert.Equal(tests.Count, tests.Select(test => test.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Turtle_test(string id)
    {
        var test = W3cManifest.Test(W3cManifest.Turtle, id);
        switch (W3cManifest.Kind(test))
        {
            case "TestTurtlePositiveSyntax":
                Read(test);
                break;
            case "TestTurtleNegativeSyntax" or "TestTurtleNegativeEval":
                var error = Assert.Throws<RdfSyntaxException>(() => Read(test));
                Assert.True(error.Line >= 1 && error.Column >= 1, error.Message);
                break;
            case "TestTurtleEval":
                List<RdfTriple> expected;
                using (var result = W3cManifest.Open(W3cManifest.Turtle, test.ResultFile!))
                {
                    expected = new NTriplesReader(result).ReadTriples().ToList();
                }

                var difference = GraphIsomorphism.Difference(expected, Read(test));
                Assert.True(difference is null, difference);
                break;
            default:
                Assert.Fail($"{id} is a test of a kind this suite does not run: {test.Type}");
                break;
        }
    }

    private static List<RdfTriple> Read(W3cTest test)
    {
        using var text = W3cManifest.Open(W3cManifest.Turtle, test.ActionFile);
        return new TurtleReader(text, test.ActionIri).ReadTriples().ToList();
    }
}
