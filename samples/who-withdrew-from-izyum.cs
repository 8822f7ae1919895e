#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// Who withdrew from Izyum? Every fact of withdrewFrom whose object is Izyum, stated or implied by an event.
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

graph.AbandonedBy(Entities.Izyum).Dump("Who withdrew from Izyum?");

graph.In<WithdrewFrom>(Entities.Izyum)
    .Select(f => new { Actor = f.Subject, When = f.Time, f.Origin, ImpliedBy = f.Details.ImpliedBy })
    .Dump("The facts that say so");
