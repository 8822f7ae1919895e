#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// How is the third army corps connected to Izyum? The shortest chain of facts and role links, either direction.
using System.Linq;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

(graph.ShortestPath(Entities.ThirdArmyCorps, Entities.Izyum) ?? [])
    .Select(f => new { From = f.SubjectEntity, Relation = f.Relation.Label, To = f.ObjectEntity })
    .Dump("From the third army corps to Izyum");

graph.Neighbourhood(Entities.ThirdArmyCorps, 2).Dump("Within two steps of the third army corps");
