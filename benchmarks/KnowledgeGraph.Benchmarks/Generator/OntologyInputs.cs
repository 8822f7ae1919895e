using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace KnowledgeGraph.Benchmarks.Generator;

/// <summary>The ontologies the generator benchmarks run on, by name: the seed and synthetic ones of growing size.</summary>
public static class OntologyInputs
{
    public const string Seed = "seed";

    public static readonly string[] Names = { Seed, "types-100", "types-1000", "types-10000", "data-10000", "data-100000" };

    public static OntologyInput Get(string name) => name switch
    {
        Seed => new OntologyInput(SeedFiles(), "izyum.kg.yaml", "population: 40000", "population: 40001"),
        "types-100" => Synthetic(types: 100, entities: 1_000, facts: 1_000),
        "types-1000" => Synthetic(types: 1_000, entities: 1_000, facts: 1_000),
        "types-10000" => Synthetic(types: 10_000, entities: 1_000, facts: 1_000),
        "data-10000" => Synthetic(types: 100, entities: 10_000, facts: 10_000),
        "data-100000" => Synthetic(types: 100, entities: 100_000, facts: 100_000),
        _ => throw new ArgumentException($"No ontology named '{name}'.", nameof(name)),
    };

    private static OntologyInput Synthetic(int types, int entities, int facts)
    {
        const int edited = SyntheticOntology.DataFiles / 2;
        var code = "c" + SyntheticOntology.FirstEntityOf(edited, entities).ToString(CultureInfo.InvariantCulture);
        var file = SyntheticOntology.DataFileName(edited);
        return new OntologyInput(SyntheticOntology.Create(types, entities, facts), file, $"code: {code}", $"code: {code}x");
    }

    private static IReadOnlyList<(string Name, string Text)> SeedFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
}

/// <summary>The files of one ontology, and the edit to one data file that the re-run benchmark applies.</summary>
public sealed record OntologyInput(IReadOnlyList<(string Name, string Text)> Files, string EditedFile, string Before, string After)
{
    public string EditedText()
    {
        var text = Files.Single(f => f.Name == EditedFile).Text;
        var at = text.IndexOf(Before, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{Before}' is not in {EditedFile}.");
        }

        return text.Substring(0, at) + After + text.Substring(at + Before.Length);
    }
}
