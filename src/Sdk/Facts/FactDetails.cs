using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// What a fact carries besides its ends: when, says who, how it came about, and for a lasting fact the event that ended
/// it (<see cref="EndedBy"/>; its time ends when that event starts).
/// </summary>
public sealed record FactDetails(
    TimeExtent? Time = null, IReadOnlyList<SourceRef>? Sources = null, FactOrigin Origin = FactOrigin.Stated, Event? ImpliedBy = null, Event? EndedBy = null)
{
    public static FactDetails None { get; } = new();

    public IReadOnlyList<SourceRef> SourceList => Sources ?? Array.Empty<SourceRef>();
}
