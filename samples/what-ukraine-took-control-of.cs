#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// What did Ukraine take control of, and when?
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();

graph.Facts<TookControlOf>()
    .Where(f => f.Subject is ArmedForces { Side: Side.Ukraine })
    .OrderBy(f => f.Date)
    .Select(f => new { Place = f.Object, f.Date, By = f.Subject, f.Origin })
    .Dump("What Ukraine took control of");
