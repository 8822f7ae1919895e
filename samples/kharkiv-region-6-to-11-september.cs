#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// What happened in the Kharkiv region, or anywhere inside it, between 6 and 11 September 2022?
// Dates count with their precision: an event dated 2022-09 overlaps these days, one in the spring does not.
// Where: the places that take part (a country, which is also an actor, takes part as one here: "Ukraine said").
using System;
using System.Linq;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

graph.EventsIn(Entities.KharkivRegion, new DateOnly(2022, 9, 6), new DateOnly(2022, 9, 11))
    .Select(e => new { Event = e.Name, Type = e.TypeName, When = e.Time, Where = e.Roles.Select(r => r.Participant).Where(p => p is KnowledgeGraph.IPlace and not KnowledgeGraph.IActor).ToList() })
    .Dump("Events in the Kharkiv region, 6 to 11 September 2022");
