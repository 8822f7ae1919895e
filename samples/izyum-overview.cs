#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:package Spectre.Console

// Who withdrew from Izyum, where they regrouped to, and what the seed graph holds.
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph;
using Spectre.Console;

var graph = IzyumGraph.Create();

var withdrew = new Table().Title("Who withdrew from Izyum?").AddColumns("Actor", "Type", "Date", "Source");
foreach (var fact in graph.In<WithdrewFrom>(Entities.Izyum))
{
    withdrew.AddRow(
        Markup.Escape(fact.Subject.Name),
        Markup.Escape(((Entity)fact.Subject).TypeName),
        fact.Time?.ToString() ?? "",
        Markup.Escape(fact.Sources.FirstOrDefault()?.Quote ?? ""));
}

AnsiConsole.Write(withdrew);

var regrouped = new Table().Title("Where did they regroup to?").AddColumns("Actor", "Regrouped to");
foreach (var actor in graph.AbandonedBy(Entities.Izyum).OfType<ArmedForces>())
{
    regrouped.AddRow(Markup.Escape(actor.Name), Markup.Escape(string.Join(", ", graph.RegroupedTo(actor).Select(p => p.Name))));
}

AnsiConsole.Write(regrouped);

var byType = new Table().Title("Entities and events by type").AddColumns("Type", "Count");
foreach (var group in graph.Entities.GroupBy(e => e.TypeName).OrderBy(g => g.Key, System.StringComparer.Ordinal))
{
    byType.AddRow(group.Key, group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
}

AnsiConsole.Write(byType);

var byRelation = new Table().Title("Facts by relation").AddColumns("Relation", "Facts");
foreach (var group in graph.AllFacts.Where(f => !f.Relation.IsRole).GroupBy(f => f.Relation.Name).OrderBy(g => g.Key, System.StringComparer.Ordinal))
{
    byRelation.AddRow(group.Key, group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
}

AnsiConsole.Write(byRelation);
AnsiConsole.MarkupLine($"[bold]{graph.Entities.Count}[/] entities and events, [bold]{graph.AllFacts.Count(f => !f.Relation.IsRole)}[/] facts, [bold]{graph.AllFacts.Count(f => f.Relation.IsRole)}[/] role links.");
