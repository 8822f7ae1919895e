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
}
