using KnowledgeGraph.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>What a compiled ontology's OWL says of abstract types and of defaults (the seed has a default but no abstract type).</summary>
public sealed class OwlTests
{
    [Fact]
    public void An_abstract_type_and_the_defaults_of_properties_are_in_the_ontology()
    {
        const string Ontology = """
            namespace: O
            enums:
              Side: [Ukraine, Russia]
            types:
              Unit:
                is: Actor
                abstract: true
                properties:
                  side: Side = Ukraine
                  founded: date? = 1991-08
                  strength: int? = 3000
              Brigade: { is: Unit }
            entities:
              b1: { type: Brigade }
            """;
        const string Code = "public static class Owl { public static string Get() => O.OGraph.Schema.ToOwl(); }";

        var run = GeneratorHarness.Run(new[] { ("o.kg.yaml", Ontology) }, Code);
        var owl = (string)run.Invoke("Owl", "Get")!;

        Assert.Contains("ont:Unit a owl:Class ;\n    rdfs:label \"Unit\" ;\n    kg:abstract \"true\"^^xsd:boolean ;", owl, System.StringComparison.Ordinal);
        Assert.DoesNotContain("ont:Brigade a owl:Class ;\n    rdfs:label \"Brigade\" ;\n    kg:abstract", owl, System.StringComparison.Ordinal);
        Assert.Contains("kg:default ont:Side.Ukraine", owl, System.StringComparison.Ordinal);
        Assert.Contains("kg:default \"1991-08\"^^xsd:gYearMonth", owl, System.StringComparison.Ordinal);
        Assert.Contains("kg:default \"3000\"^^xsd:int", owl, System.StringComparison.Ordinal);
    }
}
