using System;
using System.IO;
using System.Linq;
using Izyum;
using KnowledgeGraph.Language.Diagnostics;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>Warnings at run time: the load succeeds and says what to tidy; diagnostics carry their format and arguments.</summary>
public sealed class LoadWarningTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-warnings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_diagnostic_carries_its_message_format_and_arguments_as_the_README_shows()
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.LoadText("data.kg.yaml", "namespace: D\nfacts:\n  - izyum controlledBy russianForcs\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0007", 3, 24), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal("Unknown entity '{0}'{1}", error.MessageFormat);
        Assert.Equal(new[] { "russianForcs", "; did you mean 'russianForces'?" }, error.Arguments);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, error.MessageFormat, error.Arguments.ToArray<object>()), error.Message);
    }

    [Fact]
    public void A_fact_stated_twice_in_a_file_and_a_document_nothing_quotes_are_warnings_and_the_load_succeeds()
    {
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "Nothing quotes this.");
        File.WriteAllText(Path.Combine(_folder, "report.txt"), "Ukrainian forces held Balakliia.");
        var path = Path.Combine(_folder, "extra.kg.yaml");
        File.WriteAllText(path, """
            namespace: Extra
            documents:
              notes: { path: notes.txt }
              report: { path: report.txt }
            entities:
              balakliia: { type: Settlement }
            facts:
              - subject: ukrainianForces
                relation: controls
                object: balakliia
                source: { document: report, quote: Ukrainian forces held Balakliia }
              - balakliia controlledBy ukrainianForces
              - ukrainianForces controls balakliia
            """);
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.Load(path);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(
            new[] { ("KG0044", 3, 3), ("KG0043", 12, 5), ("KG0043", 13, 5) },
            result.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn)));
        Assert.All(result.Diagnostics, d => Assert.Equal(KgSeverity.Warning, d.Severity));
        Assert.Contains($"The fact 'ukrainianForces controls balakliia' is stated again in this file; it was first stated at {result.Diagnostics[0].Span.Path}(8,5)", result.Diagnostics[1].Message);
        Assert.Equal("Document 'notes' is declared, but no source quotes it and no omitted passage names it; quote it, or remove it", result.Diagnostics[0].Message);
        var graph = loader.Builder.Build();
        Assert.Single(graph.AllFacts, f => f.SubjectEntity.Id == "ukrainianForces" && f.Relation.Name == "controls" && f.ObjectEntity.Id == "balakliia" && f.Sources.Count == 1);
    }

    [Fact]
    public void A_key_that_a_sourced_statement_repeats_and_a_fact_of_two_files_are_not_warned()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Ukrainian forces held Balakliia.");
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "Balakliia was in Ukrainian hands.");
        var a = Path.Combine(_folder, "a.kg.yaml");
        var b = Path.Combine(_folder, "b.kg.yaml");
        File.WriteAllText(a, """
            namespace: A
            documents:
              a: { path: a.txt }
            entities:
              hold: { type: Settlement, controlledBy: ukrainianForces }
            facts:
              - subject: ukrainianForces
                relation: controls
                object: hold
                source: { document: a, quote: Ukrainian forces held Balakliia }
            """);
        File.WriteAllText(b, """
            namespace: B
            documents:
              b: { path: b.txt }
            facts:
              - subject: ukrainianForces
                relation: controls
                object: hold
                source: { document: b, quote: Balakliia was in Ukrainian hands }
            """);
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.Load(a, b);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Loading_a_file_the_build_also_compiled_says_so_and_how_to_keep_it_out()
    {
        // seeds/izyum.kg.yaml is compiled into this test assembly; a file of that name loaded at run time is most
        // likely the same file, picked up by the build because it lies among the project's *.kg.yaml files.
        var path = Path.Combine(_folder, "izyum.kg.yaml");
        File.WriteAllText(path, "namespace: Izyum\nentities:\n  izyum: { type: Settlement }\n");
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

        var result = loader.Load(path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0015", 3, 3), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal(
            "Entity 'izyum' is declared twice: a compiled file also named izyum.kg.yaml declares it. If it is this file, the build compiled it because it lies among the project's *.kg.yaml files; keep a file you load at run time out of the build: move it out of the project folder, or add <KnowledgeGraphExcludes>$(KnowledgeGraphExcludes);path/to/izyum.kg.yaml</KnowledgeGraphExcludes> to the project",
            error.Message);
    }
}
