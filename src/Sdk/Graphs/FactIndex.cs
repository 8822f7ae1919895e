using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// The facts at one end of every entity, grouped by entity and then by relation (insertion order within each group),
/// in one array: a lookup finds the entity's range and then the relation's run in it by binary search. Beside each fact
/// it keeps the number of the entity at its other end, so walks need no lookups. Costs 16 bytes per fact and 4 per
/// entity, where a dictionary keyed by (entity, relation) costs a map entry and an array per pair.
/// </summary>
internal sealed class FactIndex
{
    private readonly EntityNumbers _entityNumbers;
    private readonly Dictionary<Type, int> _relationOrdinals;
    private readonly int[] _starts;
    private readonly Fact[] _facts;
    private readonly int[] _relations;
    private readonly int[] _others;

    /// <summary>
    /// Indexes <paramref name="facts"/> by the entity numbered <c>endOf[i]</c> for each fact: the subject for outgoing
    /// facts, the object for incoming ones; <c>otherOf[i]</c> is the other end and <c>relationOf[i]</c> its class's number.
    /// </summary>
    public FactIndex(
        Fact[] facts, int[] relationOf, int[] endOf, int[] otherOf, EntityNumbers entityNumbers, Dictionary<Type, int> relationOrdinals)
    {
        _entityNumbers = entityNumbers;
        _relationOrdinals = relationOrdinals;
        _starts = new int[entityNumbers.Count + 1];
        foreach (var entity in endOf)
        {
            _starts[entity + 1]++;
        }

        for (var e = 0; e < entityNumbers.Count; e++)
        {
            _starts[e + 1] += _starts[e];
        }

        // Two stable counting sorts: by relation, then by entity, so each entity's facts come out grouped by relation.
        var byRelation = CountingSort(relationOf, relationOrdinals.Count, Identity(facts.Length));
        var order = CountingSort(endOf, entityNumbers.Count, byRelation);
        _facts = new Fact[facts.Length];
        _relations = new int[facts.Length];
        _others = new int[facts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            _facts[i] = facts[order[i]];
            _relations[i] = relationOf[order[i]];
            _others[i] = otherOf[order[i]];
        }
    }

    public bool Contains(Entity entity) => _entityNumbers.Contains(entity);

    /// <summary>Every fact at this end of <paramref name="entity"/>, grouped by relation.</summary>
    public ArraySegment<Fact> All(Entity entity) =>
        _entityNumbers.TryGet(entity, out var ordinal)
            ? new ArraySegment<Fact>(_facts, _starts[ordinal], _starts[ordinal + 1] - _starts[ordinal])
            : ArraySegment<Fact>.Empty;

    /// <summary>The facts of one relation (its generated class) at this end of <paramref name="entity"/>.</summary>
    public ArraySegment<Fact> Find(Entity entity, Type factType)
    {
        if (!_entityNumbers.TryGet(entity, out var ordinal) || !_relationOrdinals.TryGetValue(factType, out var relation))
        {
            return ArraySegment<Fact>.Empty;
        }

        var (first, last) = Run(ordinal, relation);
        return new ArraySegment<Fact>(_facts, first, last - first);
    }

    /// <summary>
    /// Breadth first from <paramref name="start"/> over facts of the given relations to the entities at their other end:
    /// the numbers of the entities reached, nearest first (in the order of the facts within a level).
    /// </summary>
    public List<int> Reach(Entity start, Type[] factTypes)
    {
        var found = new List<int>();
        if (!_entityNumbers.TryGet(start, out var origin))
        {
            return found;
        }

        var relations = new List<int>();
        foreach (var factType in factTypes)
        {
            if (_relationOrdinals.TryGetValue(factType, out var relation))
            {
                relations.Add(relation);
            }
        }

        var seen = new HashSet<int> { origin };
        var queue = new Queue<int>();
        queue.Enqueue(origin);
        while (queue.Count > 0)
        {
            var entity = queue.Dequeue();
            foreach (var relation in relations)
            {
                var (first, last) = Run(entity, relation);
                for (var i = first; i < last; i++)
                {
                    if (seen.Add(_others[i]))
                    {
                        found.Add(_others[i]);
                        queue.Enqueue(_others[i]);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Where the facts of one relation of one entity lie in <see cref="_facts"/>: first included, last excluded.</summary>
    private (int First, int Last) Run(int entity, int relation)
    {
        var (start, end) = (_starts[entity], _starts[entity + 1]);
        var first = LowerBound(start, end, relation);
        return (first, LowerBound(first, end, relation + 1));
    }

    private int LowerBound(int start, int end, int relation)
    {
        while (start < end)
        {
            var middle = start + ((end - start) / 2);
            if (_relations[middle] < relation)
            {
                start = middle + 1;
            }
            else
            {
                end = middle;
            }
        }

        return start;
    }

    private static int[] Identity(int length)
    {
        var items = new int[length];
        for (var i = 0; i < length; i++)
        {
            items[i] = i;
        }

        return items;
    }

    /// <summary>Reorders <paramref name="items"/> (fact positions) by <paramref name="keys"/> of each position, keeping the order of equal keys.</summary>
    private static int[] CountingSort(int[] keys, int keyCount, int[] items)
    {
        var next = new int[keyCount + 1];
        foreach (var item in items)
        {
            next[keys[item] + 1]++;
        }

        for (var k = 0; k < keyCount; k++)
        {
            next[k + 1] += next[k];
        }

        var sorted = new int[items.Length];
        foreach (var item in items)
        {
            sorted[next[keys[item]]++] = item;
        }

        return sorted;
    }
}
