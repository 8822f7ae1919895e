using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Izyum;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>The seed graph and its ontology written as RDF and read back by raptor's rapper.</summary>
public sealed class RdfExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-rdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableTheory]
    [InlineData(RdfFormat.Turtle, "turtle")]
    [InlineData(RdfFormat.NTriples, "ntriples")]
    public void The_seed_graph_parses_with_rapper_in_each_format(RdfFormat format, string syntax)
    {
        var rapper = ExternalTool.Require("rapper", "Debian package raptor2-utils");
        var path = Path.Combine(_folder, "izyum." + syntax);
        using (var stream = File.Create(path))
        {
            RdfExport.WriteGraph(IzyumGraph.Create(), IzyumGraph.Schema, stream, format);
        }

        var (exit, output, errors) = Run(rapper, "-q", "-i", syntax, "-o", "ntriples", path);
        Assert.True(exit == 0, errors);
        Assert.Equal("", errors);
        Assert.Equal(Count(IzyumGraph.Create()), output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [SkippableFact]
    public void The_ontology_parses_with_rapper()
    {
        var rapper = ExternalTool.Require("rapper", "Debian package raptor2-utils");
        var path = Path.Combine(_folder, "ontology.ttl");
        File.WriteAllText(path, IzyumGraph.Schema.ToOwl());
        var (exit, output, errors) = Run(rapper, "-q", "-i", "turtle", "-o", "ntriples", path);
        Assert.True(exit == 0, errors);
        Assert.Equal("", errors);
        Assert.Contains("<http://example.org/kg/schema/Settlement> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <http://semanticweb.cs.vu.nl/2009/11/sem/Place> .", output);
    }

    [Theory]
    [InlineData("http://example.org/a b", "a space at 20")]
    [InlineData("http://example.org/a>b", "'>' at 20")]
    [InlineData("http://example.org/a\\b", "'\\' at 20")]
    [InlineData("http://example.org/a\u0001", "U+0001 at 20")]
    public void A_writer_refuses_an_IRI_no_RDF_text_can_hold_and_writes_nothing_of_its_triple(string iri, string what)
    {
        // Escaping would not do: <a\u0020b> is not valid N-Triples or Turtle, and a lone surrogate would become another IRI.
        foreach (var format in new[] { RdfFormat.NTriples, RdfFormat.Turtle })
        {
            var text = new StringWriter();
            using var writer = RdfWriter.Create(text, format);
            var good = RdfTerm.Iri("http://example.org/ok");
            writer.Write(good, good, good);
            var before = text.ToString();
            foreach (var triple in new[] { (RdfTerm.Iri(iri), good, good), (good, RdfTerm.Iri(iri), good), (good, good, RdfTerm.Iri(iri)), (good, good, RdfTerm.Literal("x", iri)) })
            {
                var error = Assert.Throws<ArgumentException>(() => writer.Write(triple.Item1, triple.Item2, triple.Item3));
                Assert.Contains($"cannot be written as an IRI: it holds {what}, which no IRI may hold; percent-encode it", error.Message, StringComparison.Ordinal);
                Assert.Equal(before, text.ToString());
            }
        }
    }

    [Fact]
    public void An_unpaired_surrogate_is_refused_in_a_base_IRI_and_by_a_writer()
    {
        // Made in code: an attribute's string cannot hold an unpaired surrogate.
        var error = Assert.Throws<ArgumentException>(() => new RdfOptions { BaseIri = "https://example.org/a" + '\uD800' + "/" });
        Assert.Contains("holds a character an IRI may not hold (U+D800)", error.Message, StringComparison.Ordinal);

        using var writer = RdfWriter.Create(new StringWriter(), RdfFormat.NTriples);
        var iri = RdfTerm.Iri("http://example.org/a" + '\uD800' + "b");
        var refused = Assert.Throws<ArgumentException>(() => writer.Write(iri, iri, iri));
        Assert.Contains("it holds U+D800 at 20, which no IRI may hold", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ontology_in_OWL_is_the_same_text_every_time_and_matches_its_snapshot()
    {
        var owl = IzyumGraph.Schema.ToOwl();
        Assert.Equal(owl, IzyumGraph.Schema.ToOwl());
        Snapshot.Match("seed-ontology", owl, "ttl");
    }

    [Fact]
    public void No_class_shares_an_IRI_with_a_property_and_every_domain_and_range_is_declared()
    {
        var triples = new TurtleReader(new StringReader(IzyumGraph.Schema.ToOwl())).ReadTriples().ToList();
        string[] Typed(string type) => triples.Where(t => t.Predicate.Value == RdfVocabulary.RdfType && t.Object.Value == RdfVocabulary.Owl + type).Select(t => t.Subject.Value).ToArray();
        var classes = Typed("Class");
        var properties = Typed("ObjectProperty").Concat(Typed("DatatypeProperty")).ToArray();
        Assert.Empty(classes.Intersect(properties));
        Assert.Contains("http://example.org/kg/schema/Settlement", classes);
        Assert.Contains("http://example.org/kg/schema/withdrewFrom", properties);
        Assert.Contains("http://example.org/kg/schema/ArmedForces.side", properties);
        var declared = classes.Concat(properties).ToHashSet();
        foreach (var triple in triples.Where(t => t.Predicate.Value is RdfVocabulary.Rdfs + "domain" or RdfVocabulary.Rdfs + "subClassOf" && t.Object.IsIri))
        {
            Assert.True(declared.Contains(triple.Object.Value), $"{triple.Object.Value} is used but not declared");
        }
    }

    [Fact]
    public void Every_ontology_term_the_graph_uses_is_declared_in_the_ontology()
    {
        var declared = new TurtleReader(new StringReader(IzyumGraph.Schema.ToOwl())).ReadTriples()
            .Where(t => t.Predicate.Value == RdfVocabulary.RdfType).Select(t => t.Subject.Value).ToHashSet();
        var used = RdfExport.GraphTriples(IzyumGraph.Create(), IzyumGraph.Schema)
            .SelectMany(t => new[] { t.Predicate, t.Object })
            .Where(t => t.IsIri && t.Value.StartsWith("http://example.org/kg/schema/", StringComparison.Ordinal))
            .Select(t => t.Value).Distinct().ToList();
        Assert.Contains("http://example.org/kg/schema/Side.Russia", used);
        Assert.DoesNotContain(used, iri => !declared.Contains(iri));
    }

    [Fact]
    public void Lasting_relations_inverses_transitivity_and_cardinalities_are_stated()
    {
        var owl = IzyumGraph.Schema.ToOwl();
        Assert.Contains("ont:partOf a owl:ObjectProperty ,\n        owl:TransitiveProperty", owl, StringComparison.Ordinal);
        Assert.Contains("owl:inverseOf ont:withdrewFrom", owl, StringComparison.Ordinal);
        Assert.Contains("kg:lasting \"true\"^^xsd:boolean", owl, StringComparison.Ordinal);
        Assert.Contains("owl:cardinality \"1\"^^xsd:nonNegativeInteger", owl, StringComparison.Ordinal);
        Assert.Contains("rdfs:subPropertyOf sem:hasActor", owl, StringComparison.Ordinal);
    }

    private static int Count(Graph graph) => RdfExport.GraphTriples(graph, IzyumGraph.Schema).Distinct().Count();

    internal static (int Exit, string Output, string Errors) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors);
    }
}
