using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KnowledgeGraph.Generator.Tests.Fuzzing;

/// <summary>
/// The two halves of the fuzz oracle that need generated code to run: the graph of an input that built without a
/// diagnostic is created, and an input's run-time load against the same compiled schema gets the same diagnostics
/// (id, line, column) as its build.
/// </summary>
internal sealed class RunTimeOracle : IDisposable
{
    private readonly OntologySchema _schema;
    private readonly MethodInfo _createBuilder;
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-fuzz-").FullName;

    /// <summary>The diagnostics that depend on where files are rather than on what they say, or on limits that differ by design.</summary>
    private static readonly HashSet<string> PlaceDependent = new(StringComparer.Ordinal) { "KG0020", "KG0024", "KG0026" };

    public RunTimeOracle((string Name, string Text) schema, (string Name, string Text) article)
    {
        File.WriteAllText(Path.Combine(_folder, article.Name), article.Text);
        var host = GeneratorHarness.Run(new[] { schema, ("host.kg.yaml", "namespace: FuzzHost\nentities:\n  fuzzHost: { type: Settlement }\n") }, string.Empty);
        var assembly = Load(host.Output, collectible: false).Assembly;
        var factory = assembly.GetType("FuzzHost.FuzzHostGraph")!;
        _schema = (OntologySchema)factory.GetProperty("Schema")!.GetValue(null)!;
        _createBuilder = factory.GetMethod("CreateBuilder")!;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Null when the run-time load of <paramref name="input"/> agrees with its build; otherwise how they differ.</summary>
    public string? CompareWithBuild(string input, IEnumerable<Diagnostic> build, out bool compared)
    {
        compared = false;
        var loader = new GraphLoader(_schema, (GraphBuilder)_createBuilder.Invoke(null, null)!);
        LoadResult result;
        try
        {
            result = loader.LoadText(Path.Combine(_folder, "fuzz.kg.yaml"), input);
        }
        catch (Exception exception)
        {
            return $"the loader threw: {exception}";
        }

        var inFile = build.Where(d => d.Location.GetLineSpan().Path.EndsWith("/fuzz.kg.yaml", StringComparison.Ordinal)).ToList();
        var atBuild = inFile
            .Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Column: d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .ToHashSet();
        var atRunTime = result.Diagnostics.Select(d => (d.Id, Line: d.Span.StartLine, Column: d.Span.StartColumn)).ToHashSet();
        if (result.Diagnostics.Any(d => d.Message.Contains("declares schema", StringComparison.Ordinal))
            || atBuild.Concat(atRunTime).Any(d => PlaceDependent.Contains(d.Id)))
        {
            return null; // a schema change needs a rebuild; paths and limits differ by design
        }

        compared = true;
        var buildFailed = inFile.Any(d => d.DefaultSeverity == DiagnosticSeverity.Error);
        return buildFailed == !result.Succeeded && atBuild.SetEquals(atRunTime)
            ? null
            : $"the build reports {Show(atBuild)} but the run-time load {Show(atRunTime)}{(result.Succeeded ? " and succeeds" : string.Empty)}";
    }

    /// <summary>Null when every graph factory of a compiled input creates its graph; otherwise the exception.</summary>
    public static string? CreateEveryGraph(Compilation output)
    {
        var (assembly, context) = Load(output, collectible: true);
        try
        {
            foreach (var factory in assembly.GetTypes().Where(t => t.Name.EndsWith("Graph", StringComparison.Ordinal) && t.GetMethod("Create", Type.EmptyTypes) is not null))
            {
                var graph = (Graph)factory.GetMethod("Create", Type.EmptyTypes)!.Invoke(null, null)!;
                _ = graph.Entities.Count() + graph.AllFacts.Count();
            }

            return null;
        }
        catch (Exception exception)
        {
            return $"the compiled graph could not be created: {(exception as TargetInvocationException)?.InnerException ?? exception}";
        }
        finally
        {
            context?.Unload();
        }
    }

    private static (Assembly Assembly, System.Runtime.Loader.AssemblyLoadContext? Context) Load(Compilation output, bool collectible)
    {
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The input does not compile:\n" + string.Join("\n", emitted.Diagnostics.Take(5)));
        }

        stream.Position = 0;
        if (!collectible)
        {
            return (System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromStream(stream), null);
        }

        var context = new System.Runtime.Loader.AssemblyLoadContext("fuzz", isCollectible: true);
        return (context.LoadFromStream(stream), context);
    }

    private static string Show(IEnumerable<(string Id, int Line, int Column)> diagnostics) =>
        diagnostics.Any() ? string.Join(", ", diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => $"{d.Id}({d.Line},{d.Column})")) : "nothing";
}
