extern alias generator;

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeGraph.Generator.Tests.Fuzzing;

/// <summary>
/// Ten thousand broken, random, hostile and generated inputs through the generator driver. The generator must never
/// throw, every diagnostic must lie inside its file, and an input that gets no diagnostic must be a valid ontology: its
/// generated code compiles, and the graphs it declares are created. Loaded at run time against the same compiled schema,
/// an input gets the diagnostics its build got, at the same places.
/// </summary>
public sealed class FuzzTests
{
    private const int Inputs = 10_000;

    /// <summary>The same inputs on every run; set KG_FUZZ_SEED to explore others.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("KG_FUZZ_SEED"), out var seed) ? seed : 1_000;

    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FuzzTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    [Fact]
    public void Ten_thousand_mutated_and_hostile_inputs_never_crash_and_are_always_diagnosed_or_valid()
    {
        var seeds = GeneratorHarness.SeedFiles();
        var schema = seeds.Single(f => f.Name == "conflict.kg.yaml");
        var article = seeds.Single(f => f.Name == "izyum-offensive.txt");
        var corpus = seeds.Where(f => f.Name.EndsWith(".kg.yaml")).Select(f => f.Text).ToList();
        var failures = new ConcurrentBag<string>();
        var compiledOutputs = new ConcurrentDictionary<string, bool>();
        var createdGraphs = new ConcurrentDictionary<string, string?>();
        using var runTime = new RunTimeOracle(schema, article);
        var diagnosed = 0;
        var compared = 0;
        var created = 0;

        Parallel.For(0, Environment.ProcessorCount, worker =>
        {
            var mutator = new YamlMutator(Seed + worker, corpus);
            for (var i = worker; i < Inputs; i += Environment.ProcessorCount)
            {
                var input = mutator.Next();
                var companion = mutator.Companion(input);
                var files = new List<(string Name, string Text)> { schema, article, ("fuzz.kg.yaml", input) };
                if (companion is not null)
                {
                    files.Add(("fuzz2.kg.yaml", companion));
                }

                var run = GeneratorHarness.Run(files.ToArray(), string.Empty);
                var problem = Check(input, run, compiledOutputs);
                if (problem is null && run.GeneratorDiagnostics.IsEmpty)
                {
                    // Run what compiled: every graph it declares is created (once per distinct generated text, tables included).
                    var key = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
                    problem = createdGraphs.GetOrAdd(key, _ =>
                    {
                        System.Threading.Interlocked.Increment(ref created);
                        return RunTimeOracle.CreateEveryGraph(run.Output);
                    });
                }

                if (problem is null && companion is null)
                {
                    problem = runTime.CompareWithBuild(input, run.GeneratorDiagnostics, out var wasCompared);
                    if (wasCompared)
                    {
                        System.Threading.Interlocked.Increment(ref compared);
                    }
                }
                if (problem is not null)
                {
                    failures.Add($"input {i}: {problem}\n---\n{Shorten(input)}\n---");
                    File.WriteAllText(Path.Combine(Path.GetTempPath(), $"kg-fuzz-failure-{i}.kg.yaml"), input);
                }

                if (run.GeneratorDiagnostics.Any(d => d.Id.StartsWith("KG", StringComparison.Ordinal)))
                {
                    System.Threading.Interlocked.Increment(ref diagnosed);
                }
            }
        });

        _output.WriteLine($"seed {Seed}: {diagnosed} inputs diagnosed, {created} distinct valid outputs run, {compared} loaded at run time and compared with their build");
        Assert.True(failures.IsEmpty, $"{failures.Count} failures, first ones:\n" + string.Join("\n", failures.Take(5)));
        Assert.InRange(diagnosed, Inputs / 2, Inputs); // the inputs are mostly broken, so the oracle is exercised
        Assert.InRange(created, 50, Inputs); // and enough of them valid that graphs are created
        Assert.InRange(compared, Inputs / 4, Inputs); // and enough of them data alone, which loads at run time
    }

    private static string? Check(string input, GeneratorRun run, ConcurrentDictionary<string, bool> compiledOutputs)
    {
        var crash = run.GeneratorDiagnostics.FirstOrDefault(d => d.Id is "CS8785" or "KG0025");
        if (crash is not null || run.Result.Results.Single().Exception is { } exception)
        {
            return $"the generator failed: {crash?.GetMessage() ?? run.Result.Results.Single().Exception!.ToString()}";
        }

        // Lines as the compiler counts them: a lone '\r' ends a line too (the generator reads it as '\n').
        var lines = input.Replace("\r\n", "\n").Split('\r', '\n').Length;
        foreach (var diagnostic in run.GeneratorDiagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            if (!diagnostic.Id.StartsWith("KG", StringComparison.Ordinal))
            {
                return $"an unexpected diagnostic {diagnostic}";
            }

            if (span.Path.EndsWith("fuzz.kg.yaml", StringComparison.Ordinal)
                && (span.StartLinePosition.Line >= lines || diagnostic.Location.SourceSpan.End > input.Length))
            {
                return $"{diagnostic.Id} lies outside the file: {span}";
            }
        }

        if (!run.GeneratorDiagnostics.IsEmpty)
        {
            return null;
        }

        // No diagnostic: the input must be valid, so what it generates must compile (checked once per distinct output).
        // The data tables are bytes to the compiler, so outputs that differ only there compile alike.
        var key = string.Concat(run.Sources.Select(s => string.Concat(s.SourceText.ToString().Split("\"\"\"").Where((_, i) => i % 2 == 0))));
        var compiles = compiledOutputs.GetOrAdd(key, _ => !run.Output.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error));
        return compiles ? null : "no diagnostic, but the generated code does not compile: "
            + string.Join("; ", run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3));
    }

    private static string Shorten(string input) => input.Length <= 600 ? input : input.Substring(0, 600) + "...";
}
