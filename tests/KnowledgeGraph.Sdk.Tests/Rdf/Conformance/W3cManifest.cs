using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Sdk.Tests.Rdf.Conformance;

/// <summary>
/// One test of a W3C manifest: its id (the fragment of its IRI in the manifest, unique where mf:name is not: the Turtle
/// manifest names turtle-syntax-bad-LITERAL2_with_langtag_and_datatype "turtle-syntax-bad-num-05" too), its kind
/// (the rdft: class), its input file and, for evaluation tests, the expected N-Triples.
/// </summary>
public sealed record W3cTest(string Id, string Name, string Type, string ActionFile, string ActionIri, string? ResultFile);

/// <summary>
/// Reads the manifest of a W3C suite (kept under Rdf/w3c-rdf-tests) with <see cref="TurtleReader"/>, and finds its
/// files. A manifest is read at the IRI it has on the web, so that its relative IRIs resolve as the suite means them.
/// </summary>
public static class W3cManifest
{
    public const string NTriples = "rdf-n-triples";
    public const string Turtle = "rdf-turtle";

    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Rdft = "http://www.w3.org/ns/rdftest#";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<W3cTest>> Suites = new();

    /// <summary>The IRI the suite's folder has on the web.</summary>
    public static string SuiteIri(string suite) => $"https://w3c.github.io/rdf-tests/rdf/rdf11/{suite}/";

    public static string Folder(string suite) =>
        Path.Combine(RepositoryRoot.Path, "tests", "KnowledgeGraph.Sdk.Tests", "Rdf", "w3c-rdf-tests", "rdf", "rdf11", suite);

    public static IReadOnlyList<W3cTest> Tests(string suite) => Suites.GetOrAdd(suite, Read);

    public static W3cTest Test(string suite, string id) => Tests(suite).Single(test => test.Id == id);

    /// <summary>The local name of an rdft: class (TestTurtleEval, ...).</summary>
    public static string Kind(W3cTest test) =>
        test.Type.StartsWith(Rdft, StringComparison.Ordinal) ? test.Type[Rdft.Length..] : test.Type;

    public static StreamReader Open(string suite, string file) =>
        new(Path.Combine(Folder(suite), file), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

    private static IReadOnlyList<W3cTest> Read(string suite)
    {
        List<RdfTriple> triples;
        using (var text = Open(suite, "manifest.ttl"))
        {
            triples = new TurtleReader(text, SuiteIri(suite) + "manifest.ttl").ReadTriples().ToList();
        }

        var bySubject = triples.ToLookup(triple => triple.Subject);
        RdfTerm? One(RdfTerm subject, string predicate) =>
            bySubject[subject].Where(t => t.Predicate.Value == predicate).Select(t => (RdfTerm?)t.Object).SingleOrDefault();

        var manifest = triples.Single(t => t.Predicate.Value == RdfVocabulary.RdfType && t.Object.Value == Mf + "Manifest").Subject;
        var tests = new List<W3cTest>();
        for (var list = One(manifest, Mf + "entries")!.Value; list.Value != RdfVocabulary.RdfNil; list = One(list, RdfVocabulary.RdfRest)!.Value)
        {
            var entry = One(list, RdfVocabulary.RdfFirst)!.Value;
            var action = One(entry, Mf + "action")!.Value.Value;
            var result = One(entry, Mf + "result")?.Value;
            tests.Add(new W3cTest(
                entry.Value[(entry.Value.LastIndexOf('#') + 1)..],
                One(entry, Mf + "name")!.Value.Value,
                One(entry, RdfVocabulary.RdfType)!.Value.Value,
                FileOf(suite, action),
                action,
                result is null ? null : FileOf(suite, result)));
        }

        return tests;
    }

    private static string FileOf(string suite, string iri) =>
        iri.StartsWith(SuiteIri(suite), StringComparison.Ordinal)
            ? iri[SuiteIri(suite).Length..]
            : throw new InvalidDataException($"<{iri}> is not a file of the {suite} suite.");
}
