using System;
using System.Collections.Generic;
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
    /// <summary>
    /// The facts with those stated more than once merged, and the numbers of their ends: new arrays of the merged length,
    /// made once. The lists given are only read, so a builder can go on adding to them.
    /// </summary>
    [MethodImpl(BulkCode.Optimized)]
    public static (Fact[] Facts, int[] Subjects, int[] Objects) Merge(List<Fact> facts, List<int> subjects, List<int> objects)
    {
        // An open-addressing table of the first fact between each pair of entities (by their numbers), and a chain
        // through the later facts of the same pair: plain int arrays, as this runs at every start-up and generic
        // collections cost more to compile than the work itself.
        var count = facts.Count;
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }

        var table = new int[capacity]; // fact index + 1; 0 is empty
        int[]? next = null;            // the next fact of the same pair (index + 1)
        bool[]? merged = null;
        var mergedCount = 0;
        Dictionary<int, Fact>? replaced = null; // a fact that others merged into, as it is now, by its index
        Dictionary<int, MergeTargets>? indexed = null; // by the pair's first fact
        Dictionary<int, List<SourceRef>>? sources = null; // by merged fact
        Fact At(int index) => replaced is not null && replaced.TryGetValue(index, out var now) ? now : facts[index];
        void MergeInto(int target, int index, Fact into)
        {
            (replaced ??= new())[target] = into;
            (merged ??= new bool[count])[index] = true;
            mergedCount++;
        }

        for (var i = 0; i < count; i++)
        {
            var fact = facts[i];
            if (fact.Origin is not (FactOrigin.Stated or FactOrigin.EntityKey or FactOrigin.Implied))
            {
                continue;
            }

            var (subject, @object) = (subjects[i], objects[i]);
            var slot = Slot(subject, @object, capacity);
            while (table[slot] != 0 && (subjects[table[slot] - 1] != subject || objects[table[slot] - 1] != @object))
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
                var target = targets.FirstFor(fact);
                if (target >= 0)
                {
                    var before = At(target);
                    var merge = Combined(before, fact)!;
                    targets.Replace(target, before, merge);
                    AddSources(ref sources, target, before, fact);
                    MergeInto(target, i, merge);
                }
                else
                {
                    targets.Add(i, fact);
                }

                continue;
            }

            next ??= new int[count];
            var last = first;
            var walked = 0;
            var done = false;
            for (var head = first; head >= 0; head = next[head] - 1)
            {
                last = head;
                walked++;
                var headFact = At(head);
                if (headFact.Relation == fact.Relation && Combined(headFact, fact) is { } combined)
                {
                    AddSources(ref sources, head, headFact, fact);
                    MergeInto(head, i, combined);
                    done = true;
                    break;
                }
            }

            if (!done)
            {
                next[last] = i + 1;
                if (walked >= MergeTargets.LongChain)
                {
                    // Many facts between two entities (a place that changed hands often, or data made to be slow): from
                    // here on the pair's facts are looked up by relation, origin and time, not walked one by one.
                    (indexed ??= new()).Add(first, MergeTargets.Of(first, next, At));
                }
            }
        }

        if (sources is not null)
        {
            foreach (var (target, all) in sources)
            {
                var fact = At(target);
                replaced![target] = fact.Relation.Create(fact.SubjectEntity, fact.ObjectEntity, fact.Details with { Sources = all.Distinct().ToArray() });
            }
        }

        return Kept(count - mergedCount, merged, replaced, facts, subjects, objects);
    }

    private static int Slot(int subject, int @object, int capacity) =>
        (int)((((ulong)(uint)subject * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)@object * 0xC2B2AE3D27D4EB4FUL)) >> 32) & (capacity - 1);

    /// <summary>The facts not merged into another, as they are now, with the numbers of their ends.</summary>
    private static (Fact[] Facts, int[] Subjects, int[] Objects) Kept(
        int kept, bool[]? merged, Dictionary<int, Fact>? replaced, List<Fact> facts, List<int> subjects, List<int> objects)
    {
        // The facts others merged into, in order, met as the loop passes them: no lookup per kept fact.
        var targets = replaced is null ? Array.Empty<int>() : replaced.Keys.ToArray();
        Array.Sort(targets);
        var (keptFacts, keptSubjects, keptObjects) = (new Fact[kept], new int[kept], new int[kept]);
        var (to, next) = (0, 0);
        for (var i = 0; to < kept; i++)
        {
            var isTarget = next < targets.Length && targets[next] == i;
            next += isTarget ? 1 : 0;
            if (merged is null || !merged[i])
            {
                (keptFacts[to], keptSubjects[to], keptObjects[to]) = (isTarget ? replaced![i] : facts[i], subjects[i], objects[i]);
                to++;
            }
        }

        return (keptFacts, keptSubjects, keptObjects);
    }

    /// <summary>
    /// Gathers the sources of the facts merged into <paramref name="target"/>, in order (its own first), to be set once
    /// all are merged: joining them at each merge made many merges into one fact take quadratic time.
    /// </summary>
    private static void AddSources(ref Dictionary<int, List<SourceRef>>? sources, int target, Fact head, Fact merged)
    {
        if (head.Sources.Count == 0 && merged.Sources.Count == 0 && sources?.ContainsKey(target) != true)
        {
            return;
        }

        sources ??= new();
        if (!sources.TryGetValue(target, out var all))
        {
            sources.Add(target, all = new List<SourceRef>(head.Sources));
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
