using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Izyum;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>rasqal's roqet answers each sample question over the exported seed graph as the typed API does.</summary>
public sealed class SparqlAnswerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-sparql-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Questions() => new(SeedQuestions.All().Select(q => q.Name));

    [SkippableTheory]
    [MemberData(nameof(Questions))]
    public void Roqet_answers_as_the_typed_API(string name)
    {
        var roqet = ExternalTool.Require("roqet", "Debian package rasqal-utils");
        var question = SeedQuestions.All().Single(q => q.Name == name);
        var graph = IzyumGraph.Create();
        var file = Path.Combine(_folder, "izyum.ttl");
        using (var stream = File.Create(file))
        {
            RdfExport.WriteGraph(graph, IzyumGraph.Schema, stream);
        }

        var (exit, output, errors) = RdfExportTests.Run(roqet, "-q", "-r", "csv", "-D", file, "-e", question.Sparql);
        Assert.True(exit == 0, errors);
        var expected = question.Typed(graph).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Answers(output));
    }

    /// <summary>The values of a CSV result's one column (rasqal writes the header row first).</summary>
    internal static List<string> Answers(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.TrimEnd('\r'))
            .Select(cell => cell.StartsWith('"') ? cell[1..^1].Replace("\"\"", "\"") : cell)
            .Order(StringComparer.Ordinal)
            .ToList();
}
