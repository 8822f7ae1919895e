using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Benchmarks.Generator;

/// <summary>
/// Writes a valid ontology of a given size as YAML text, spread over 50 files: 10 schema files (a tree of types under
/// one place type, 20 relations, one event type) and 40 data files (entities, events and facts, one namespace each).
/// The same arguments always give the same text.
/// </summary>
public static class SyntheticOntology
{
    public const int SchemaFiles = 10;
    public const int DataFiles = 40;
    public const int Relations = 20;

    public static IReadOnlyList<(string Name, string Text)> Create(int types, int entities, int facts)
    {
        var files = new List<(string, string)>();
        for (var file = 0; file < SchemaFiles; file++)
        {
            files.Add(($"schema-{file:00}.kg.yaml", Schema(file, types)));
        }

        var random = new Random(6);
        for (var file = 0; file < DataFiles; file++)
        {
            files.Add((DataFileName(file), Data(file, types, entities, facts, random)));
        }

        return files;
    }

    public static string DataFileName(int file) => $"data-{file:00}.kg.yaml";

    /// <summary>The number of the first entity of a data file (<c>e{n}</c>, whose code is <c>c{n}</c>), which an edit can change.</summary>
    public static int FirstEntityOf(int file, int entities) => Share(file, entities, DataFiles).Start;

    private static string Schema(int file, int types)
    {
        var text = new StringBuilder("namespace: Synth\n\ntypes:\n");
        var (start, end) = Share(file, types, SchemaFiles);
        for (var type = start; type < end; type++)
        {
            if (type == 0)
            {
                text.Append("  T0:\n    is: Place\n    properties:\n      code: string?\n      size: int?\n");
            }
            else
            {
                // A tree: ten subtypes under each type, so depth grows with the logarithm of the count.
                text.Append(CultureInfo.InvariantCulture, $"  T{type}:\n    is: T{(type - 1) / 10}\n    properties:\n      note{type}: string?\n");
            }
        }

        if (file == 0)
        {
            text.Append("  Visit:\n    is: Event\n    roles:\n      at: Place\n      by: Place?\n    implies:\n      r01: by -> at\n\nrelations:\n");
            for (var relation = 1; relation <= Relations; relation++)
            {
                text.Append(CultureInfo.InvariantCulture, $"  r{relation:00}: {{ from: Place, to: Place, label: relation {relation} }}\n");
            }
        }

        return text.ToString();
    }

    private static string Data(int file, int types, int entities, int facts, Random random)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"namespace: Data{file:00}\n\nentities:\n");
        var (start, end) = Share(file, entities, DataFiles);
        for (var entity = start; entity < end; entity++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  e{entity}: {{ type: T{entity % types}, code: c{entity}");
            if (entity % 3 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $", size: {entity}");
            }

            text.Append(" }\n");
        }

        // One event for every twenty entities, each adding a role link or two and an implied fact.
        text.Append("\nevents:\n");
        for (var entity = start; entity < end; entity += 20)
        {
            var day = new DateOnly(2022, 1, 1).AddDays(random.Next(365));
            text.Append(CultureInfo.InvariantCulture, $"  v{entity}: {{ type: Visit, at: e{random.Next(entities)}, by: e{random.Next(entities)}, date: {day:yyyy-MM-dd} }}\n");
        }

        text.Append("\nfacts:\n");
        var (first, last) = Share(file, facts, DataFiles);
        for (var fact = first; fact < last; fact++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - e{random.Next(entities)} r{random.Next(1, Relations + 1):00} e{random.Next(entities)}\n");
        }

        return text.ToString();
    }

    private static (int Start, int End) Share(int part, int total, int parts) => (total * part / parts, total * (part + 1) / parts);
}
