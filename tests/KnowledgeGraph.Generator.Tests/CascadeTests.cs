using System.Globalization;
using System.Linq;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>One mistake, one error: what a mistake takes with it is not reported again, elsewhere, in other words.</summary>
public sealed class CascadeTests
{
    private const string Schema = """
        namespace: S
        types:
          Town:
            is: Place
            doc: A town.
            properties:
              population: int?
              twin: Town?
          Army: { is: Actor }
          Take:
            is: Event
            roles: { by: Army, of: Town }
        relations:
          holds: { from: Army, to: Town }
        """;

    private const string Data = """
        namespace: D
        entities:
          army: { type: Army }
          kherson: { type: Town, population: 280000 }
          mykolaiv: { type: Town, twin: kherson }
        events:
          taken: { type: Take, by: army, of: kherson }
        facts:
          - army holds kherson
        """;

    private const string Consumer = "public static class Query { public static object Run() => D.Entities.Kherson.Population + \"|\" + D.Entities.Mykolaiv.Twin!.Id; }";

    [Fact]
    public void A_schema_file_that_is_not_valid_yaml_gives_its_own_error_and_no_unknown_names_in_the_files_that_use_it()
    {
        var broken = Schema.Replace("doc: A town.", "doc: Note: a town.");

        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", broken), ("data.kg.yaml", Data) }, string.Empty);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("KG0001", "/project/schema.kg.yaml", 5), (error.Id, error.Location.GetLineSpan().Path, error.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_entity_with_a_wrong_property_keeps_its_member_and_what_refers_to_it_is_not_reported()
    {
        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", Schema), ("data.kg.yaml", Data.Replace("population: 280000", "populaton: 280000")) }, Consumer);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("KG0002", 4, 26), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Contains("did you mean 'population'?", error.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_entity_with_a_wrong_value_keeps_its_member_typed_as_declared()
    {
        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", Schema), ("data.kg.yaml", Data.Replace("population: 280000", "population: many")) }, Consumer);

        Assert.Equal(new[] { "KG0004" }, run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_property_of_an_unknown_type_is_one_error_at_its_type_and_the_entities_that_set_it_are_not_reported()
    {
        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", Schema.Replace("population: int?", "population: intt?")), ("data.kg.yaml", Data) }, string.Empty);

        var error = Assert.Single(run.GeneratorDiagnostics);
        var start = error.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(("KG0005", "/project/schema.kg.yaml", 7, 19), (error.Id, error.Location.GetLineSpan().Path, start.Line + 1, start.Character + 1));
        Assert.Contains("did you mean 'int'?", error.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_property_of_an_unknown_type_in_a_base_type_is_not_an_unknown_key_in_its_subtypes_either()
    {
        var schema = Schema.Replace("population: int?", "population: intt").Replace("Army: { is: Actor }", "Army: { is: Actor }\n  City: { is: Town }");
        var data = Data.Replace("mykolaiv: { type: Town, twin: kherson }", "mykolaiv: { type: Town, twin: kherson }\n  odesa: { type: City, population: 1000000 }");

        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", schema), ("data.kg.yaml", data) }, string.Empty);

        // Required, of an unknown type: neither the towns that set it (one a subtype) nor the one that leaves it out is reported.
        Assert.Equal(new[] { ("KG0005", 7) }, run.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1)));
    }

    [Fact]
    public void A_required_property_whose_default_is_refused_is_one_error_at_the_default_and_no_missing_property()
    {
        var schema = Schema.Replace("population: int?", "population: int = many");

        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", schema), ("data.kg.yaml", Data) }, string.Empty);

        var error = Assert.Single(run.GeneratorDiagnostics);
        var start = error.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(("KG0004", "/project/schema.kg.yaml", 7, 25), (error.Id, error.Location.GetLineSpan().Path, start.Line + 1, start.Character + 1));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
