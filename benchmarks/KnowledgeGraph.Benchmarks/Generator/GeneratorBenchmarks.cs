using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace KnowledgeGraph.Benchmarks.Generator;

/// <summary>
/// A full run of the generator (a new driver, every file parsed, bound and emitted, the generated C# parsed) against
/// the re-run of a driver that has run once, after an edit to one data file. The goal: the re-run under a tenth.
/// </summary>
public class GeneratorBenchmarks
{
    private IReadOnlyList<AdditionalText> _texts = Array.Empty<AdditionalText>();
    private Compilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [ParamsSource(nameof(Ontologies))]
    public string Ontology { get; set; } = OntologyInputs.Seed;

    public static IEnumerable<string> Ontologies => OntologyInputs.Names;

    [GlobalSetup]
    public void Setup()
    {
        var input = OntologyInputs.Get(Ontology);
        _texts = GeneratorRunner.Texts(input.Files);
        _compilation = GeneratorRunner.EmptyCompilation();
        _warm = GeneratorRunner.Driver(_texts).RunGenerators(_compilation);
        EnsureClean(_warm);
        _original = _texts.Single(t => t.Path.EndsWith("/" + input.EditedFile, StringComparison.Ordinal));
        _edited = GeneratorRunner.Text(input.EditedFile, input.EditedText());
        EnsureClean(RerunAfterOneFileEdit());
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => GeneratorRunner.Driver(_texts).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunAfterOneFileEdit() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation);

    private static void EnsureClean(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0 || result.GeneratedTrees.IsEmpty)
        {
            throw new InvalidOperationException("The benchmark ontology does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));
        }
    }
}
