#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// Load data at run time against the compiled schema: a good file joins the graph, a broken one adds nothing.
using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Izyum;
using KnowledgeGraph;
using KnowledgeGraph.Samples;

var data = Path.Combine(Path.GetDirectoryName(ThisFile())!, "data");
var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

var broken = loader.Load(Path.Combine(data, "broken.kg.yaml"));
broken.Diagnostics.Select(d => new { d.Id, Line = d.Span.StartLine, Column = d.Span.StartColumn, d.Message }).Dump("broken.kg.yaml: nothing loaded");

var good = loader.Load(Path.Combine(data, "kupiansk.kg.yaml"));
new { good.Succeeded, good.EntitiesAdded, good.FactsAdded, Problems = good.Diagnostics.Select(d => d.ToString()).ToList() }.Dump("kupiansk.kg.yaml");

var graph = loader.Builder.Build();
graph.EventsIn(Entities.KharkivRegion, new DateOnly(2022, 9, 10), new DateOnly(2022, 9, 10)).Select(e => new { Event = e.Name, e.TypeName, When = e.Time, Sources = e.Sources.Select(s => s.Quote).ToList() })
    .Dump("Events in the Kharkiv region on 10 September, with the loaded data");

static string ThisFile([CallerFilePath] string path = "") => path;
