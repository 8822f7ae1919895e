using System;
using System.Linq;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>The code generated for the seed ontology compiles without a warning, and runs.</summary>
public sealed class CompilationTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Preview)]
    public void Seed_ontology_compiles_without_warnings_with_nullable_enabled(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles(), "", version);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "Izyum.IzyumGraph.g.cs");
    }

    [Fact]
    public void Consumer_code_using_the_generated_api_compiles_and_the_graph_answers()
    {
        const string code = """
            using System.Linq;
            using Conflict;
            public static class Query
            {
                public static string Run()
                {
                    var graph = Izyum.IzyumGraph.Create();
                    var who = graph.AbandonedBy(Izyum.Entities.Izyum).Select(a => a.Name);
                    var where = graph.RegroupedTo(Izyum.Entities.RussianForces).Select(p => p.Name);
                    return string.Join(",", who) + "|" + string.Join(",", where);
                }
            }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles(), code);
        Assert.Empty(run.CompilationDiagnostics);

        Assert.Equal("Russian forces|Donbas", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void Namespaces_and_data_files_whose_names_differ_only_in_case_get_generated_files_of_their_own()
    {
        // C# tells Demo from demo; the compiler compares generated files' names ignoring case and would drop them all.
        const string code = """
            public static class Query
            {
                public static string Run() =>
                    string.Join(",", Data.DataGraph.Create().Entities.Select(e => e.TypeName + ":" + e.Id).OrderBy(s => s))
                    + "|" + typeof(Demo.Town).FullName + "," + typeof(demo.Unit).FullName + "," + typeof(Demo.Side).FullName + "," + typeof(demo.Shade).FullName;
            }
            """;
        var run = GeneratorHarness.Run(
            new[]
            {
                ("a/upper.kg.yaml", "namespace: Demo\nenums:\n  Side: [north]\ntypes:\n  Town: { is: Place }\n"),
                ("b/lower.kg.yaml", "namespace: demo\nenums:\n  Shade: [dark]\ntypes:\n  Unit: { is: Actor }\n"),
                ("x/IZYUM.kg.yaml", "namespace: Data\nentities:\n  kyiv: { type: Town }\n"),
                ("y/izyum.kg.yaml", "namespace: Data\nentities:\n  army: { type: Unit }\n"),
            },
            "using System.Linq;\n" + code);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var hints = run.Sources.Select(s => s.HintName).ToList();
        Assert.Equal(hints.Count, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("Demo.Types.g.cs", hints);
        Assert.Contains("demo.Types.2.g.cs", hints);
        Assert.Contains("KnowledgeGraph.Generated.IZYUMData.g.cs", hints);
        Assert.Contains("KnowledgeGraph.Generated.IzyumData2.g.cs", hints);
        Assert.Equal("Town:kyiv,Unit:army|Demo.Town,demo.Unit,Demo.Side,demo.Shade", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void A_lower_case_namespace_gets_a_graph_factory_named_as_a_CSharp_type_is()
    {
        const string code = """
            public static class Query
            {
                public static string Run() => library.data.DataGraph.Create().Entities.Single().Id;
            }
            """;
        var run = GeneratorHarness.Run(
            new[] { ("data.kg.yaml", "namespace: library.data\ntypes:\n  Town: { is: Place }\nentities:\n  kyiv: { type: Town }\n") },
            "using System.Linq;\n" + code);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("kyiv", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void Defaults_of_every_scalar_kind_and_of_an_enum_compile_and_hold_their_values_in_code_and_in_compiled_data()
    {
        const string yaml = """
            namespace: D
            enums:
              Level: [low, moderate, high]
            types:
              Gauge:
                is: Place
                properties:
                  label: string = "say \"hi\"; public static int Injected => 42; //"
                  level: Level = moderate
                  count: int = 3
                  total: long = 40000000000
                  ratio: double = 0.5
                  budget: decimal = 1.5
                  since: date = 2020-03
                  checkedAt: datetime = 2020-01-01T10:00:00+02:00
                  home: uri = https://example.org/gauge
                  active: bool = true
            entities:
              gauge: { type: Gauge }
            """;
        const string code = """
            public static class Query
            {
                public static string Run()
                {
                    var made = new D.Gauge { Id = "x", Name = "x" };
                    var g = D.Entities.Gauge;
                    return string.Join("|", made.Label, made.Level, made.Count, made.Total, made.Ratio, made.Budget, made.Since, made.CheckedAt.ToUniversalTime().ToString("o"), made.Home, made.Active)
                        + "#" + string.Join("|", g.Label, g.Level, g.Budget, g.Since, g.Home);
                }
            }
            """;
        var run = GeneratorHarness.Run(new[] { ("d.kg.yaml", yaml) }, code);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        // The expression's text after '=' is the default, quotes and all: as data, never as code.
        Assert.Contains("public string Label { get; init; } = \"\\\"say \\\\\\\"hi", run.Source("D.Types.g.cs"));
        Assert.Equal(
            "\"say \\\"hi\\\"; public static int Injected => 42; //\"|Moderate|3|40000000000|0.5|1.5|2020-03|2020-01-01T08:00:00.0000000+00:00|https://example.org/gauge|True"
            + "#\"say \\\"hi\\\"; public static int Injected => 42; //\"|Moderate|1.5|2020-03|https://example.org/gauge",
            run.Invoke("Query", "Run"));
    }

    /// <summary>A value of every scalar kind given in a data file, read back from compiled data (not the default in code).</summary>
    [Fact]
    public void Values_of_every_scalar_kind_read_back_from_compiled_data()
    {
        const string yaml = """
            namespace: D
            types:
              Gauge:
                is: Place
                properties:
                  count: int?
                  total: long?
                  ratio: double?
                  budget: decimal?
                  since: date?
                  checkedAt: datetime?
                  home: uri?
                  active: bool?
            entities:
              gauge: { type: Gauge, count: 7, total: 40000000001, ratio: 0.25, budget: 2.5, since: 2021-02-28, checkedAt: 2021-01-01T10:00:00Z, home: https://example.org/a?b=1, active: false }
            """;
        const string code = """
            public static class Query
            {
                public static string Run()
                {
                    var g = D.Entities.Gauge;
                    return string.Join("|", g.Count, g.Total, g.Ratio, g.Budget, g.Since, g.CheckedAt?.ToUniversalTime().ToString("o"), g.Home?.AbsoluteUri, g.Active);
                }
            }
            """;
        var run = GeneratorHarness.Run(new[] { ("d.kg.yaml", yaml) }, code);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("7|40000000001|0.25|2.5|2021-02-28|2021-01-01T10:00:00.0000000+00:00|https://example.org/a?b=1|False", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void The_base_IRI_property_names_what_RDF_exports_write()
    {
        var options = new TestAnalyzerConfigOptionsProvider(("build_property.KnowledgeGraphBaseIri", "https://data.example.com/war/"));
        const string code = "public static class Query { public static string Run() => Izyum.IzyumGraph.Schema.RdfOptions.BaseIri + \"|\" + Izyum.IzyumGraph.Schema.ToOwl().Contains(\"@prefix ont: <https://data.example.com/war/schema/> .\"); }";
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles(), code, LanguageVersion.CSharp12, options);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("https://data.example.com/war/|True", run.Invoke("Query", "Run"));
    }

    [Theory]
    [InlineData("example.org/kg/", "is not an absolute IRI")]
    [InlineData("https://example.org/kg", "must end with '/'")]
    [InlineData("https://example.org/kg#", "holds '#' or ';'")]
    [InlineData("https://example.org/a b/", "holds a character an IRI may not hold (a space)")]
    public void A_base_IRI_that_cannot_be_used_is_KG0034_and_exports_keep_the_default(string value, string reason)
    {
        var options = new TestAnalyzerConfigOptionsProvider(("build_property.KnowledgeGraphBaseIri", value));
        const string code = "public static class Query { public static string Run() => Izyum.IzyumGraph.Schema.RdfOptions.BaseIri; }";
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles(), code, LanguageVersion.CSharp12, options);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("KG0034", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.StartsWith("The MSBuild property KnowledgeGraphBaseIri: '", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("http://example.org/kg/", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void Generated_types_can_be_internal()
    {
        var options = new TestAnalyzerConfigOptionsProvider(("build_property.KnowledgeGraphAccessibility", "internal"));
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles(), "", LanguageVersion.CSharp12, options);

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("internal partial class Settlement", run.Source("Conflict.Types.g.cs"));
        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains("public partial class") || s.SourceText.ToString().Contains("public static partial class"));
    }
}

public sealed class NameTests
{
    [Fact]
    public void Keywords_and_non_ascii_names_become_valid_identifiers()
    {
        const string yaml = """
            namespace: Names
            types:
              Town: { is: Place, properties: { class: string? } }
            entities:
              event: { type: Town, class: x }
              ізюм: { type: Town, name: Ізюм }
            """;
        const string code = "public static class Query { public static string Run() => Names.Entities.Event.Class + \"|\" + Names.Entities.Ізюм.Name + \"|\" + Names.Entities.Event.Id; }";
        var run = KnowledgeGraph.Generator.Tests.Infrastructure.GeneratorHarness.Run(new[] { ("names.kg.yaml", yaml) }, code);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var entities = run.Source("KnowledgeGraph.Generated.NamesData.g.cs");
        Assert.Contains("public static global::Names.Town Event =>", entities);
        Assert.Contains("public static global::Names.Town Ізюм =>", entities);
        Assert.Equal("x|Ізюм|event", run.Invoke("Query", "Run"));
    }
}

public sealed class CollidingNamesTests
{
    [Fact]
    public void Generated_code_compiles_in_a_consumer_whose_names_collide_with_ours()
    {
        const string consumer = """
            namespace Conflict { public class System { } public class KnowledgeGraph { } public class Linq { } public class Entity { } }
            namespace Izyum { public class Global { } public class Collections { } public class QuikGraph { } }
            namespace Izyum.System { public class Array { } }
            public class Graph { }
            public class PartialDate { }
            """;
        var run = KnowledgeGraph.Generator.Tests.Infrastructure.GeneratorHarness.Run(KnowledgeGraph.Generator.Tests.Infrastructure.GeneratorHarness.SeedFiles(), consumer);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
