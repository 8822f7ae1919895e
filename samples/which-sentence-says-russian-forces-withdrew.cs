#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// Which sentence of the article supports "Russian forces withdrew from Izyum"?
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

graph.SourcesOf<WithdrewFrom>(Entities.RussianForces, Entities.Izyum)
    .Select(s => new { s.Quote, Document = s.Document.Title, s.Line, s.Column, s.Offset })
    .Dump("Sources of: Russian forces withdrew from Izyum");
