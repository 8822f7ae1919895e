using System;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using KnowledgeGraph.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeGraph.Generator.Tests.Hardening;

/// <summary>
/// Inputs an attack on purpose used to crash the generator, bind for the square of their size, or report at the wrong
/// place: each now gets located diagnostics (or none, when it is valid) and the build goes on.
/// </summary>
public sealed class HostileInputTests
{
    internal const string Schema = """
        namespace: S
        types:
          Node:
            is: Place
            properties:
              next: Node?
              count: int?
              amount: decimal?
              ratio: double?
              at: datetime?
              link: uri?
              when: date?
          Move:
            is: Event
            roles:
              to: Place
        relations:
          near: { from: Place, to: Place }
        """;

    internal static GeneratorRun Run(string data, string code = "") =>
        GeneratorHarness.Run(new[] { ("schema.kg.yaml", Schema), ("d.kg.yaml", data), ("doc.txt", "Some text here.") }, code);

    internal static (string Id, int Line, int Column, string Message) Single(GeneratorRun run)
    {
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        var span = diagnostic.Location.GetLineSpan();
        return (diagnostic.Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_chain_of_twenty_thousand_entities_builds_and_its_graph_is_created()
    {
        // Each entity names the one declared after it: the first can be made only after all the others.
        var data = new StringBuilder("namespace: D\nentities:\n");
        for (var i = 0; i < 19_999; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  n{i}: {{ type: Node, next: n{i + 1} }}\n");
        }

        data.Append("  n19999: { type: Node }\n");

        const string code = """
            public static class Query
            {
                public static string Run()
                {
                    var graph = D.DGraph.Create();
                    var node = D.Entities.N0;
                    var steps = 0;
                    while (node.Next is { } next) { node = next; steps++; }
                    return graph.Entities.Count() + "|" + steps + "|" + node.Id;
                }
            }
            """;
        var run = Run(data.ToString(), "using System.Linq;\n" + code);

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("20000|19999|n19999", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void A_cycle_of_twenty_thousand_references_is_one_error_with_a_message_of_readable_length()
    {
        var data = new StringBuilder("namespace: D\nentities:\n");
        for (var i = 0; i < 20_000; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  n{i}: {{ type: Node, next: n{(i + 1) % 20_000} }}\n");
        }

        var (id, _, _, message) = Single(Run(data.ToString()));

        Assert.Equal("KG0040", id);
        Assert.Contains("Properties form a cycle (n0 -> n1 -> n2 -> n3 -> n4 -> ... 19,991 more ... -> n19996 -> n19997 -> n19998 -> n19999 -> n0)", message);
        Assert.InRange(message.Length, 0, 300);
    }

    [Fact]
    public void A_chain_of_twenty_thousand_entities_loads_at_run_time()
    {
        const string code = """
            using System.Linq;
            using System.Text;
            using KnowledgeGraph;
            public static class Query
            {
                public static string Run()
                {
                    var text = new StringBuilder("namespace: L\nentities:\n");
                    for (var i = 0; i < 19999; i++) text.Append("  n").Append(i).Append(": { type: Node, next: n").Append(i + 1).Append(" }\n");
                    text.Append("  n19999: { type: Node }\n");
                    var loader = new GraphLoader(D.DGraph.Schema, D.DGraph.CreateBuilder());
                    var result = loader.LoadText(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chain.kg.yaml"), text.ToString());
                    var node = loader.Builder.Build().Get<S.Node>("n0");
                    var steps = 0;
                    while (node.Next is { } next) { node = next; steps++; }
                    return result.Succeeded + "|" + result.EntitiesAdded + "|" + steps;
                }
            }
            """;
        var run = Run("namespace: D\nentities:\n  seed: { type: Node }\n", code);

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("True|20000|19999", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void A_date_whose_period_ends_after_9999_is_valid_and_its_times_saturate()
    {
        const string data = "namespace: D\nentities:\n  a: { type: Node }\nevents:\n  m: { type: Move, to: a, start: 2022, end: 9999 }\n  n: { type: Move, to: a, date: 9999-12-31 }\n";
        const string code = """
            using System;
            using System.Linq;
            using KnowledgeGraph;
            public static class Query
            {
                public static string Run()
                {
                    var graph = D.DGraph.Create();
                    var m = D.Events.M;
                    var during = graph.Events().During(new DateOnly(9999, 12, 31), DateOnly.MaxValue).Count();
                    var asOf = graph.Events().AsOf(DateOnly.MaxValue).Count();
                    return (m.Time!.Latest == DateTimeOffset.MaxValue) + "|" + (D.Events.N.Time!.Latest == DateTimeOffset.MaxValue) + "|" + during + "|" + asOf;
                }
            }
            """;
        var run = Run(data, code);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("True|True|2|2", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void A_misspelt_reference_to_a_hundred_thousand_character_id_gets_a_message_without_a_suggestion()
    {
        var id = new string('a', 100_000);
        var run = Run($"namespace: D\nentities:\n  ? {id}\n  : {{ type: Node }}\n  b: {{ type: Node, next: {id}b }}\n");

        var (code, line, column, message) = Single(run);
        Assert.Equal(("KG0007", 5, 26), (code, line, column));
        Assert.DoesNotContain("did you mean", message);
        Assert.Equal(string.Empty, Suggestions.DidYouMean(id + "b", new[] { id }));
    }

    [Fact]
    public void Ten_thousand_misspelt_references_are_each_reported_and_suggestions_stop_at_the_files_budget()
    {
        var data = new StringBuilder("namespace: D\nentities:\n");
        for (var i = 0; i < 10_000; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  entity{i}: {{ type: Node }}\n");
        }

        data.Append("facts:\n");
        for (var i = 0; i < 10_000; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"  - entity{i} near entitx{i}\n");
        }

        var run = Run(data.ToString());

        var unknown = run.GeneratorDiagnostics.Where(d => d.Id == "KG0007").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(10_000, unknown.Count);
        Assert.Contains("Unknown entity 'entitx0'; did you mean 'entity0'?", unknown);
        Assert.Contains("Unknown entity 'entitx9999'", unknown);
        Assert.InRange(unknown.Count(m => m.Contains("did you mean")), 20, 2_000); // the budget: suggestions for the first ones only
    }

    [Fact]
    public void A_suggestion_budget_counts_the_names_compared_and_stops_when_spent()
    {
        var budget = new SuggestionBudget(comparisons: 3);
        var candidates = new[] { "alpha", "alpga", "alpka", "alpza", "alphb" };

        Assert.Equal("; did you mean 'alpga'?", Suggestions.DidYouMean("alpqa", candidates.Take(3), budget));
        Assert.True(budget.IsSpent);
        Assert.Equal(string.Empty, Suggestions.DidYouMean("alpqa", candidates, budget));
        Assert.Equal("; did you mean 'Kharkiv'?", Suggestions.DidYouMean("kharkov", new[] { "Kherson", "Kharkiv", "Kyiv" }));
        Assert.Equal(string.Empty, Suggestions.DidYouMean("5", new[] { "d" })); // no letter in common: no typo
    }

    [Fact]
    public void A_tab_that_indents_a_line_is_reported_where_the_tab_is()
    {
        var run = Run("namespace: D\nentities:\n  a: { type: Node }\n  b:\n  \t  type: Node\n");

        var (id, line, column, message) = Single(run);
        Assert.Equal(("KG0001", 5, 3), (id, line, column));
        Assert.Contains("a tab indents this line; YAML indents with spaces only", message);
        var atLineStart = Single(Run("namespace: D\nentities:\n\ta: { type: Node }\n"));
        Assert.Equal(("KG0001", 3, 1), (atLineStart.Id, atLineStart.Line, atLineStart.Column));
    }
}
