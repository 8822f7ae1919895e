using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// The facts between one pair of entities that later facts may merge into, for a pair with many: sorted by their place,
/// per relation, whether an event implies them, and time. A fact merges into the first of them that
/// <see cref="DuplicateFacts"/> allows, found in a few set lookups instead of a walk through all the pair's facts.
/// </summary>
internal sealed class MergeTargets
{
    /// <summary>A walk through this many facts of one pair makes the pair's targets.</summary>
    public const int LongChain = 32;

    private readonly Dictionary<(RelationInfo Relation, bool Implied, TimeExtent? Time), SortedSet<int>> _byKind = new();
    private readonly Dictionary<RelationInfo, int> _firstOfRelation = new(ReferenceEqualityComparer.Instance);

    /// <summary>The targets of the chain of facts that starts at <paramref name="first"/> (each fact's next is at <c>next[i] - 1</c>; <paramref name="facts"/> gives each fact as it is now).</summary>
    public static MergeTargets Of(int first, int[] next, System.Func<int, Fact> facts)
    {
        var targets = new MergeTargets();
        for (var head = first; head >= 0; head = next[head] - 1)
        {
            targets.Add(head, facts(head));
        }

        return targets;
    }

    public void Add(int index, Fact fact)
    {
        if (!_firstOfRelation.ContainsKey(fact.Relation))
        {
            _firstOfRelation.Add(fact.Relation, index);
        }

        Set(fact).Add(index);
    }

    /// <summary>The fact at <paramref name="index"/> became <paramref name="merged"/>: its time or origin may have changed.</summary>
    public void Replace(int index, Fact before, Fact merged)
    {
        Set(before).Remove(index);
        Set(merged).Add(index);
    }

    /// <summary>
    /// The first fact <paramref name="fact"/> merges into, or -1. A stated fact without a time merges into the first of its
    /// relation; a stated one with a time into the first that has that time or none (an implied one only with that
    /// time); an implied fact only into a stated one, of its time or of none.
    /// </summary>
    public int FirstFor(Fact fact)
    {
        if (!_firstOfRelation.TryGetValue(fact.Relation, out var first))
        {
            return -1;
        }

        var implied = fact.Origin == FactOrigin.Implied;
        if (fact.Time is not { } time)
        {
            return implied ? First(fact.Relation, false, null) : first;
        }

        var candidate = Min(First(fact.Relation, false, null), First(fact.Relation, false, time));
        return implied ? candidate : Min(candidate, First(fact.Relation, true, time));
    }

    private int First(RelationInfo relation, bool implied, TimeExtent? time) =>
        _byKind.TryGetValue((relation, implied, time), out var set) && set.Count > 0 ? set.Min : -1;

    private static int Min(int a, int b) => a < 0 ? b : b < 0 ? a : System.Math.Min(a, b);

    private SortedSet<int> Set(Fact fact)
    {
        var key = (fact.Relation, fact.Origin == FactOrigin.Implied, fact.Time);
        if (!_byKind.TryGetValue(key, out var set))
        {
            _byKind.Add(key, set = new SortedSet<int>());
        }

        return set;
    }
}
