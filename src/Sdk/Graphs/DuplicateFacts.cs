using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

/// <summary>
/// Merges a fact stated more than once into one: the same relation between the same two entities, stated as an
/// entity's key, under <c>facts:</c> (in any file) or implied by an event, at the same time or with the stated one
/// undated. The merged fact keeps the first one's place, the time that is given and the sources of all; it is
/// <see cref="FactOrigin.Implied"/> (by its event) when one of them is, else <see cref="FactOrigin.Stated"/> when one
/// of them is. Facts implied by two events stay two facts, as do the same relation at two different times.
/// </summary>
internal static class DuplicateFacts
{
    public static (Fact[] Facts, int[] Subjects, int[] Objects) Merge(Fact[] facts, int[] subjects, int[] objects)
    {
        var first = new Dictionary<(RelationInfo, int, int), int>();
        bool[]? merged = null;
        for (var i = 0; i < facts.Length; i++)
        {
            var fact = facts[i];
            if (fact.Origin is not (FactOrigin.Stated or FactOrigin.EntityKey or FactOrigin.Implied))
            {
                continue;
            }

            var key = (fact.Relation, subjects[i], objects[i]);
            if (!first.TryGetValue(key, out var head))
            {
                first.Add(key, i);
                continue;
            }

            if (Combined(facts[head], fact) is { } combined)
            {
                facts[head] = combined;
                merged ??= new bool[facts.Length];
                merged[i] = true;
            }
        }

        if (merged is null)
        {
            return (facts, subjects, objects);
        }

        var keep = Enumerable.Range(0, facts.Length).Where(i => !merged[i]).ToArray();
        return (keep.Select(i => facts[i]).ToArray(), keep.Select(i => subjects[i]).ToArray(), keep.Select(i => objects[i]).ToArray());
    }

    private static Fact? Combined(Fact a, Fact b)
    {
        var (implied, other) = a.Origin == FactOrigin.Implied ? (a, b) : (b, a);
        if (other.Origin == FactOrigin.Implied)
        {
            return null; // implied by two events: two facts
        }

        var time = implied.Origin == FactOrigin.Implied
            ? (other.Time is null || other.Time == implied.Time ? implied.Time : null)
            : (a.Time is null || b.Time is null || a.Time == b.Time ? a.Time ?? b.Time : null);
        if (time is null && (a.Time is not null || b.Time is not null))
        {
            return null; // the same relation at two times: two facts
        }

        var sources = a.Sources.Concat(b.Sources).Distinct().ToArray();
        var origin = implied.Origin == FactOrigin.Implied ? FactOrigin.Implied
            : a.Origin == FactOrigin.Stated || b.Origin == FactOrigin.Stated ? FactOrigin.Stated : FactOrigin.EntityKey;
        return a.Relation.Create(a.SubjectEntity, a.ObjectEntity, implied.Details with { Time = time, Sources = sources, Origin = origin });
    }
}
