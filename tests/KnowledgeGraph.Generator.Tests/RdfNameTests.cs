using KnowledgeGraph.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>RDF read back against a schema whose names the seed does not have: a relation named as a member.</summary>
public sealed class RdfNameTests
{
    [Fact]
    public void A_relation_named_as_a_member_of_the_subjects_type_is_read_as_the_relation_not_the_member()
    {
        const string Ontology = """
            namespace: R
            types:
              Town: { is: Place }
              Army:
                is: Actor
                properties:
                  holds: Town?
            relations:
              holds: { from: Actor, to: Place }
            entities:
              kherson: { type: Town }
              mykolaiv: { type: Town }
            """;
        const string Code = """
            using System.Linq;
            using KnowledgeGraph;
            using KnowledgeGraph.Rdf;
            public static class Import
            {
                public static string Run()
                {
                    var loader = new GraphLoader(R.RGraph.Schema, R.RGraph.CreateBuilder());
                    var text = "<http://example.org/kg/id/army2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/kg/schema/Army> .\n"
                        + "<http://example.org/kg/id/army2> <http://example.org/kg/schema/holds> <http://example.org/kg/id/kherson> .\n"
                        + "<http://example.org/kg/id/army2> <http://example.org/kg/schema/Army.holds> <http://example.org/kg/id/mykolaiv> .\n";
                    var result = loader.LoadRdfText(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "r.nt"), text, RdfFormat.NTriples);
                    if (!result.Succeeded) return string.Join(" ", result.Diagnostics);
                    var graph = loader.Builder.Build();
                    var army = graph.Entities.Single(e => e.Id == "army2");
                    var member = string.Join(",", army.PropertyValues.Select(v => v.Property + "=" + ((KnowledgeGraph.Entity)v.Value).Id));
                    var facts = string.Join(",", graph.OutFacts(army).Select(f => f.Relation.Name + ">" + f.ObjectEntity.Id));
                    return member + "|" + facts;
                }
            }
            """;

        // A project's RootNamespace is the namespace of an RDF file's data, as of a data file that declares none.
        var options = new TestAnalyzerConfigOptionsProvider(("build_property.RootNamespace", "R"));
        var run = GeneratorHarness.Run(new[] { ("r.kg.yaml", Ontology) }, Code, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12, options);

        Assert.Equal("holds=mykolaiv|holds>kherson", run.Invoke("Import", "Run"));
    }
}
