extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using GeneratorUnderTest = generator::KnowledgeGraph.Generator.KnowledgeGraphGenerator;

namespace KnowledgeGraph.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in process over in-memory files, and compiles what it emits.</summary>
internal static class GeneratorHarness
{
    public const string Root = "/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        var ours = new[] { typeof(Graph).Assembly.Location, typeof(PartialDate).Assembly.Location, typeof(QuikGraph.IEdge<>).Assembly.Location };
        return platform.Concat(ours).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12) => new(version);

    public static CSharpCompilation Compilation(string code = "", LanguageVersion version = LanguageVersion.CSharp12) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(code, ParseOptions(version), path: Root + "Program.cs") },
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                specificDiagnosticOptions: OntologyWarnings));

    /// <summary>Every C# warning is an error here (generated code must have none), but the language's own warnings stay warnings.</summary>
    private static readonly Dictionary<string, ReportDiagnostic> OntologyWarnings = Descriptors.All
        .Where(d => d.Severity == KgSeverity.Warning)
        .ToDictionary(d => d.Id, _ => ReportDiagnostic.Warn);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, LanguageVersion version = LanguageVersion.CSharp12, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new GeneratorUnderTest().AsSourceGenerator() },
            files,
            ParseOptions(version),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params (string Name, string Text)[] files) => Run(files, "");

    public static GeneratorRun Run((string Name, string Text)[] files, string code, LanguageVersion version = LanguageVersion.CSharp12, AnalyzerConfigOptionsProvider? options = null)
    {
        var compilation = Compilation(code, version);
        var driver = Driver(Texts(files), version, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, output, generatorDiagnostics);
    }

    public static IEnumerable<AdditionalText> Texts(IEnumerable<(string Name, string Text)> files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(Root + f.Name, f.Text)).ToList();

    /// <summary>The seed files as the repository holds them.</summary>
    public static (string Name, string Text)[] SeedFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
}

internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Emits the consumer with the generated code, loads it on its own and returns what a static method returns.</summary>
    public object? Invoke(string type, string method)
    {
        using var stream = new MemoryStream();
        var emitted = Output.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The consumer does not compile:\n" + string.Join("\n", emitted.Diagnostics));
        }

        var context = new System.Runtime.Loader.AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            stream.Position = 0;
            return context.LoadFromStream(stream).GetType(type)!.GetMethod(method)!.Invoke(null, null);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Errors and warnings of compiling the consumer with the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
