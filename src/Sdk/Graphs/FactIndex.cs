using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// The facts at one end of every entity, grouped by entity and then by relation (insertion order within each group),
/// in one array: a lookup finds the entity's range and then the relation's run in it by binary search. Costs 12 bytes
/// per fact and 4 per entity, where a dictionary keyed by (entity, relation) costs a map entry and an array per pair.
/// </summary>
internal sealed class FactIndex
{
    private readonly Dictionary<Entity, int> _entityOrdinals;
    private readonly Dictionary<Type, int> _relationOrdinals;
    private readonly int[] _starts;
    private readonly Fact[] _facts;
    private readonly int[] _relations;

    // end picks the entity that groups the facts: the subject for outgoing facts, the object for incoming ones.
    // relationOf holds the ordinal (in relationOrdinals) of each fact's class, by the fact's position.
    public FactIndex(
        Fact[] facts, int[] relationOf, Func<Fact, Entity> end, Dictionary<Entity, int> entityOrdinals, Dictionary<Type, int> relationOrdinals)
    {
        _entityOrdinals = entityOrdinals;
        _relationOrdinals = relationOrdinals;
        var entityOf = new int[facts.Length];
        _starts = new int[entityOrdinals.Count + 1];
        for (var i = 0; i < facts.Length; i++)
        {
            entityOf[i] = entityOrdinals[end(facts[i])];
            _starts[entityOf[i] + 1]++;
        }

        for (var e = 0; e < entityOrdinals.Count; e++)
        {
            _starts[e + 1] += _starts[e];
        }

        // Two stable counting sorts: by relation, then by entity, so each entity's facts come out grouped by relation.
        var byRelation = CountingSort(relationOf, relationOrdinals.Count, Identity(facts.Length));
        var order = CountingSort(entityOf, entityOrdinals.Count, byRelation);
        _facts = new Fact[facts.Length];
        _relations = new int[facts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            _facts[i] = facts[order[i]];
            _relations[i] = relationOf[order[i]];
        }
    }

    public bool Contains(Entity entity) => _entityOrdinals.ContainsKey(entity);

    /// <summary>Every fact at this end of <paramref name="entity"/>, grouped by relation.</summary>
    public ArraySegment<Fact> All(Entity entity) =>
        _entityOrdinals.TryGetValue(entity, out var ordinal)
            ? new ArraySegment<Fact>(_facts, _starts[ordinal], _starts[ordinal + 1] - _starts[ordinal])
            : ArraySegment<Fact>.Empty;

    /// <summary>The facts of one relation (its generated class) at this end of <paramref name="entity"/>.</summary>
    public ArraySegment<Fact> Find(Entity entity, Type factType)
    {
        if (!_entityOrdinals.TryGetValue(entity, out var ordinal) || !_relationOrdinals.TryGetValue(factType, out var relation))
        {
            return ArraySegment<Fact>.Empty;
        }

        var (start, end) = (_starts[ordinal], _starts[ordinal + 1]);
        var first = LowerBound(start, end, relation);
        var last = LowerBound(first, end, relation + 1);
        return new ArraySegment<Fact>(_facts, first, last - first);
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
