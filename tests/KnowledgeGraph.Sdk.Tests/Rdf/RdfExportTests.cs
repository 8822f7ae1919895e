using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Izyum;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>The seed graph and its ontology written as RDF and read back by raptor's rapper.</summary>
public sealed class RdfExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-rdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableTheory]
    [InlineData(RdfFormat.Turtle, "turtle")]
    [InlineData(RdfFormat.NTriples, "ntriples")]
    public void The_seed_graph_parses_with_rapper_in_each_format(RdfFormat format, string syntax)
    {
        var rapper = ExternalTool.Require("rapper", "Debian package raptor2-utils");
        var path = Path.Combine(_folder, "izyum." + syntax);
        using (var stream = File.Create(path))
        {
            RdfExport.WriteGraph(IzyumGraph.Create(), IzyumGraph.Schema, stream, format);
        }

        var (exit, output, errors) = Run(rapper, "-q", "-i", syntax, "-o", "ntriples", path);
        Assert.True(exit == 0, errors);
        Assert.Equal("", errors);
        Assert.Equal(Count(IzyumGraph.Create()), output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [SkippableFact]
    public void The_ontology_parses_with_rapper()
    {
        var rapper = ExternalTool.Require("rapper", "Debian package raptor2-utils");
        var path = Path.Combine(_folder, "ontology.ttl");
        File.WriteAllText(path, IzyumGraph.Schema.ToOwl());
        var (exit, output, errors) = Run(rapper, "-q", "-i", "turtle", "-o", "ntriples", path);
        Assert.True(exit == 0, errors);
        Assert.Equal("", errors);
        Assert.Contains("<http://example.org/kg/schema/Settlement> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <http://semanticweb.cs.vu.nl/2009/11/sem/Place> .", output);
    }

    private static int Count(Graph graph) => RdfExport.GraphTriples(graph, IzyumGraph.Schema).Distinct().Count();

    internal static (int Exit, string Output, string Errors) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors);
    }
}
