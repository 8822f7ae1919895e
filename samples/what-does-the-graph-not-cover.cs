#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// Which sentences of the article does the graph not cover yet? And what does each sentence support?
using System.Linq;
using Izyum;
using KnowledgeGraph.Samples;

var graph = IzyumGraph.Create();
var coverage = graph.Coverage(Documents.Article);

coverage.Missing
    .Select(s => new { s.Sentence.Number, s.Sentence.Line, s.Sentence.Text })
    .Dump("Not covered yet");

coverage.Sentences
    .Select(s => new { s.Sentence.Number, s.Status, s.Sentence.Text, Supports = s.Supports.Select(x => x.What).Distinct(), LeftOut = s.Omissions })
    .Dump("The article, sentence by sentence");

new { Sentences = coverage.Sentences.Count, coverage.SupportedCount, coverage.ExcludedCount, coverage.MissingCount }
    .Dump("Coverage of the article");

// The reverse: what does one passage support?
graph.Supports(Documents.Article, "pulled its forces out of Izium")
    .Select(s => new { s.What, s.Source.Quote, s.Source.Line })
    .Dump("What \"pulled its forces out of Izium\" supports");
