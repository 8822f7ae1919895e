using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>What a fact carries besides its ends: when, says who, and how it came about.</summary>
public sealed record FactDetails(
    TimeExtent? Time = null, IReadOnlyList<SourceRef>? Sources = null, FactOrigin Origin = FactOrigin.Stated, Event? ImpliedBy = null)
{
    public static FactDetails None { get; } = new();

    public IReadOnlyList<SourceRef> SourceList => Sources ?? Array.Empty<SourceRef>();
}
