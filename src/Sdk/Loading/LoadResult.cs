using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;

namespace KnowledgeGraph;

/// <summary>
/// What a load did: every diagnostic of the loaded files, and what was added: entities and events, and stated
/// facts (the facts events imply, and their role links, come with the events). When any diagnostic is an error,
/// nothing was added and the builder is as it was.
/// </summary>
public sealed record LoadResult(IReadOnlyList<KgDiagnostic> Diagnostics, int EntitiesAdded, int FactsAdded)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != KgSeverity.Error);

    public override string ToString() => Succeeded
        ? $"Loaded {Counts.EntitiesAndEvents(EntitiesAdded)} and {Counts.Facts(FactsAdded)}."
        : $"Nothing loaded: {Diagnostics.Count} problem(s).\n" + string.Join("\n", Diagnostics);
}
