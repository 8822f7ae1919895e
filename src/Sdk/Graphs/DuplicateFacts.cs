using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

/// <summary>
/// Merges a fact stated more than once (as an entity's key and under <c>facts:</c>, or in two files) into one: the same
/// relation between the same two entities, neither implied by an event, at the same time or with one of them undated.
/// The merged fact keeps the first one's place, the time that is given, and the sources of all; it is
/// <see cref="FactOrigin.Stated"/> when any of them is.
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
            if (fact.Origin is not (FactOrigin.Stated or FactOrigin.EntityKey))
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
        if (a.Time is not null && b.Time is not null && a.Time != b.Time)
        {
            return null; // the same relation at two times: two facts
        }

        var sources = a.Sources.Concat(b.Sources).Distinct().ToArray();
        var origin = a.Origin == FactOrigin.Stated || b.Origin == FactOrigin.Stated ? FactOrigin.Stated : FactOrigin.EntityKey;
        return a.Relation.Create(a.SubjectEntity, a.ObjectEntity, a.Details with { Time = a.Time ?? b.Time, Sources = sources, Origin = origin });
    }
}
