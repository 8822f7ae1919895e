#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// What the seed graph holds: entities and events by type, facts by relation.
using System.Linq;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

graph.Entities.GroupBy(e => e.TypeName).OrderBy(g => g.Key, System.StringComparer.Ordinal)
    .Select(g => new { Type = g.Key, Count = g.Count() })
    .Dump("Entities and events by type");

graph.AllFacts.Where(f => !f.Relation.IsRole).GroupBy(f => f.Relation).OrderBy(g => g.Key.Name, System.StringComparer.Ordinal)
    .Select(g => new { Relation = g.Key.Name, g.Key.Label, Facts = g.Count() })
    .Dump("Facts by relation");

new
{
    EntitiesAndEvents = graph.Entities.Count,
    Facts = graph.AllFacts.Count(f => !f.Relation.IsRole),
    RoleLinks = graph.AllFacts.Count(f => f.Relation.IsRole),
    Documents = Documents.All.Count,
}.Dump("The graph");
