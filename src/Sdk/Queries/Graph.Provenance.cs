using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    /// <summary>
    /// The passages that support a fact: its own sources, or for a fact implied by an event, the event's. Each gives the
    /// document, the quote as the document has it, and where it stands (offset, length, line, column).
    /// </summary>
    public IReadOnlyList<SourceRef> SourcesOf(Fact fact) =>
        fact.Sources.Count > 0 || fact.Details.ImpliedBy is null ? fact.Sources : fact.Details.ImpliedBy.Sources;

    /// <summary>The passages that state an entity or event.</summary>
    public IReadOnlyList<SourceRef> SourcesOf(IEntity entity) => entity is Entity e ? e.Sources : System.Array.Empty<SourceRef>();

    /// <summary>Every source of every fact of one relation between these two entities (<c>which sentence says Russian forces withdrew from Izyum?</c>).</summary>
    public IReadOnlyList<SourceRef> SourcesOf<TFact>(IEntity subject, IEntity @object)
        where TFact : Fact =>
        Out<TFact>(subject).Where(f => ReferenceEquals(f.ObjectEntity, @object)).SelectMany(SourcesOf).Distinct().ToList();
}
