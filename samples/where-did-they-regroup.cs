#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// Where did the forces that left Izyum regroup to?
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

graph.AbandonedBy(Entities.Izyum)
    .OfType<ArmedForces>()
    .Select(forces => new { Forces = forces, RegroupedTo = graph.RegroupedTo(forces).ToList() })
    .Dump("Where did they regroup to?");
