#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// What is Izyum part of? The transitive closure of partOf, nearest first, and its inverse.
using Conflict;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

graph.Closure<PartOf>(Entities.Izyum).Dump("Izyum is part of");
graph.InverseClosure<PartOf>(Entities.KharkivRegion).Dump("The Kharkiv region contains");
