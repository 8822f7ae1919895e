using System;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Language;

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
    [MethodImpl(BulkCode.Optimized)]
    public static (Fact[] Facts, int[] Subjects, int[] Objects) Merge(Fact[] facts, int[] subjects, int[] objects)
    {
        // An open-addressing table of the first fact between each pair of entities (by their numbers), and a chain
        // through the later facts of the same pair: plain int arrays, as this runs at every start-up and generic
        // collections cost more to compile than the work itself.
        var capacity = 16;
        while (capacity < facts.Length * 2)
        {
            capacity <<= 1;
        }

        var table = new int[capacity]; // fact index + 1; 0 is empty
        int[]? next = null;            // the next fact of the same pair (index + 1)
        bool[]? merged = null;
        System.Collections.Generic.Dictionary<int, MergeTargets>? indexed = null; // by the pair's first fact
        System.Collections.Generic.Dictionary<int, System.Collections.Generic.List<SourceRef>>? sources = null; // by merged fact
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].Origin is not (FactOrigin.Stated or FactOrigin.EntityKey or FactOrigin.Implied))
            {
                continue;
            }

            var slot = Slot(subjects[i], objects[i], capacity);
            while (table[slot] != 0 && (subjects[table[slot] - 1] != subjects[i] || objects[table[slot] - 1] != objects[i]))
            {
                slot = (slot + 1) & (capacity - 1);
            }

            if (table[slot] == 0)
            {
                table[slot] = i + 1;
                continue;
            }

            var first = table[slot] - 1;
            if (indexed is not null && indexed.TryGetValue(first, out var targets))
            {
                var target = targets.FirstFor(facts[i]);
                if (target >= 0)
                {
                    var merge = Combined(facts[target], facts[i])!;
                    targets.Replace(target, facts[target], merge);
                    AddSources(ref sources, target, facts[target], facts[i]);
                    facts[target] = merge;
                    merged ??= new bool[facts.Length];
                    merged[i] = true;
                }
                else
                {
                    targets.Add(i, facts[i]);
                }

                continue;
            }

            next ??= new int[facts.Length];
            var last = first;
            var walked = 0;
            for (var head = first; head >= 0; head = next[head] - 1)
            {
                last = head;
                walked++;
                if (facts[head].Relation == facts[i].Relation && Combined(facts[head], facts[i]) is { } combined)
                {
                    AddSources(ref sources, head, facts[head], facts[i]);
                    facts[head] = combined;
                    merged ??= new bool[facts.Length];
                    merged[i] = true;
                    break;
                }
            }

            if (merged?[i] != true)
            {
                next[last] = i + 1;
                if (walked >= MergeTargets.LongChain)
                {
                    // Many facts between two entities (a place that changed hands often, or data made to be slow): from
                    // here on the pair's facts are looked up by relation, origin and time, not walked one by one.
                    (indexed ??= new()).Add(first, MergeTargets.Of(first, next, facts));
                }
            }
        }

        if (sources is not null)
        {
            foreach (var (target, all) in sources)
            {
                var fact = facts[target];
                fact = fact.Relation.Create(fact.SubjectEntity, fact.ObjectEntity, fact.Details with { Sources = all.Distinct().ToArray() });
                facts[target] = fact;
            }
        }

        return merged is null ? (facts, subjects, objects) : Without(merged, facts, subjects, objects);
    }

    private static int Slot(int subject, int @object, int capacity) =>
        (int)((((ulong)(uint)subject * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)@object * 0xC2B2AE3D27D4EB4FUL)) >> 32) & (capacity - 1);

    private static (Fact[] Facts, int[] Subjects, int[] Objects) Without(bool[] merged, Fact[] facts, int[] subjects, int[] objects)
    {
        var kept = 0;
        for (var i = 0; i < facts.Length; i++)
        {
            if (!merged[i])
            {
                facts[kept] = facts[i];
                subjects[kept] = subjects[i];
                objects[kept] = objects[i];
                kept++;
            }
        }

        return (facts[..kept], subjects[..kept], objects[..kept]);
    }

    /// <summary>
    /// Gathers the sources of the facts merged into <paramref name="target"/>, in order (its own first), to be set once
    /// all are merged: joining them at each merge made many merges into one fact take quadratic time.
    /// </summary>
    private static void AddSources(ref System.Collections.Generic.Dictionary<int, System.Collections.Generic.List<SourceRef>>? sources, int target, Fact head, Fact merged)
    {
        if (head.Sources.Count == 0 && merged.Sources.Count == 0 && sources?.ContainsKey(target) != true)
        {
            return;
        }

        sources ??= new();
        if (!sources.TryGetValue(target, out var all))
        {
            sources.Add(target, all = new System.Collections.Generic.List<SourceRef>(head.Sources));
        }

        all.AddRange(merged.Sources);
    }

    /// <summary>The merged fact's time, origin and event; its sources are set apart (<see cref="AddSources"/>).</summary>
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

        var origin = implied.Origin == FactOrigin.Implied ? FactOrigin.Implied
            : a.Origin == FactOrigin.Stated || b.Origin == FactOrigin.Stated ? FactOrigin.Stated : FactOrigin.EntityKey;
        return a.Relation.Create(a.SubjectEntity, a.ObjectEntity, implied.Details with { Time = time, Sources = a.Sources, Origin = origin });
    }
}
