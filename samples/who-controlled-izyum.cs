#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// Who controlled Izyum on 1 August 2022, and on 20 September 2022?
// `controls` is a lasting relation: a capture's control holds from the capture on, until a later capture ends it.
using System;
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

foreach (var day in new[] { new DateOnly(2022, 8, 1), new DateOnly(2022, 9, 20) })
{
    graph.In<Controls>(Entities.Izyum).AsOf(day)
        .Select(f => new { Controller = f.Subject.Name, Since = f.Time?.Start, By = f.Details.ImpliedBy?.Name })
        .Dump($"Who controlled Izyum on {day:d MMMM yyyy}?");
}

graph.In<Controls>(Entities.Izyum).InTimeOrder()
    .Select(f => new { Controller = f.Subject.Name, f.Time, From = f.Details.ImpliedBy?.Name, EndedBy = f.Details.EndedBy?.Name })
    .Dump("Control of Izyum over time");
