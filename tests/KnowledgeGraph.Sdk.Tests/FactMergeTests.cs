using System;
using System.Collections.Generic;
using System.Linq;
using Conflict;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>
/// Facts stated twice merge the same way whether two entities share a few facts or thousands: past a few dozen facts of
/// one pair the merge looks them up instead of walking them all (a walk per fact made such a pair take quadratic time),
/// and the sources of all the facts merged into one are joined once (joining them at each merge was quadratic too).
/// </summary>
public sealed class FactMergeTests
{
    [Theory]
    [InlineData(1, 20)]      // short chains: the walk alone
    [InlineData(2, 400)]     // past the walk's limit: the lookups
    [InlineData(3, 3000)]
    public void Many_facts_between_two_entities_merge_as_a_walk_through_each_earlier_one_would(int seed, int count)
    {
        var random = new Random(seed);
        var state = new State { Id = "s", Name = "s" };
        var town = new Settlement { Id = "t", Name = "t" };
        var stated = Enumerable.Range(0, count).Select(_ => Random(random, state, town)).ToList();
        var builder = new GraphBuilder();
        foreach (var fact in stated)
        {
            builder.Add(fact);
        }

        var graph = builder.Build();

        var expected = Reference(stated);
        Assert.Equal(Describe(expected), Describe(graph.AllFacts.Where(f => f.Relation.Name is "withdrewFrom" or "tookControlOf")));
        Assert.True(expected.Count < count, "some facts merged");

        // Merging leaves the builder's facts as they were added: building again merges them the same way.
        Assert.Equal(Describe(graph.AllFacts), Describe(builder.Build().AllFacts));
    }

    private static readonly DocumentInfo Report = new("report", "report.txt", null, null);

    private static Fact Random(Random random, State state, Settlement town)
    {
        var time = random.Next(4) == 0 ? null : TimeExtent.On(new PartialDate(1990 + random.Next(30)));
        var sources = Enumerable.Range(0, random.Next(3)).Select(_ => random.Next(40)).Select(n => new SourceRef(Report, "passage " + n, n, 9, 1, n + 1)).ToArray();
        var details = new FactDetails(time, sources, Origin: random.Next(3) == 0 ? FactOrigin.Implied : random.Next(2) == 0 ? FactOrigin.Stated : FactOrigin.EntityKey);
        return random.Next(2) == 0 ? new WithdrewFrom(state, town, details) : new TookControlOf(state, town, details);
    }

    private static IEnumerable<string> Describe(IEnumerable<Fact> facts) =>
        facts.Select(f => $"{f.Relation.Name} {f.Time?.ToString() ?? "-"} {f.Origin} [{string.Join(", ", f.Sources.Select(x => x.Quote))}]");

    /// <summary>The rule as the README states it, applied by walking every earlier fact: the oracle.</summary>
    private static List<Fact> Reference(IEnumerable<Fact> facts)
    {
        var kept = new List<Fact>();
        foreach (var fact in facts)
        {
            var merged = false;
            for (var i = 0; i < kept.Count && !merged; i++)
            {
                if (kept[i].Relation.Name == fact.Relation.Name && Merge(kept[i], fact) is { } both)
                {
                    kept[i] = both;
                    merged = true;
                }
            }

            if (!merged)
            {
                kept.Add(fact);
            }
        }

        return kept;
    }

    private static Fact? Merge(Fact first, Fact later)
    {
        var (firstImplied, laterImplied) = (first.Origin == FactOrigin.Implied, later.Origin == FactOrigin.Implied);
        if (firstImplied && laterImplied)
        {
            return null; // implied by two events
        }

        TimeExtent? time;
        if (firstImplied || laterImplied)
        {
            var (implied, other) = firstImplied ? (first, later) : (later, first);
            if (other.Time is not null && other.Time != implied.Time)
            {
                return null; // a stated time the event does not have
            }

            time = implied.Time;
        }
        else
        {
            if (first.Time is not null && later.Time is not null && first.Time != later.Time)
            {
                return null; // two times: two facts
            }

            time = first.Time ?? later.Time;
        }

        var origin = firstImplied || laterImplied ? FactOrigin.Implied
            : first.Origin == FactOrigin.Stated || later.Origin == FactOrigin.Stated ? FactOrigin.Stated : FactOrigin.EntityKey;
        var sources = first.Sources.Concat(later.Sources).Distinct().ToArray();
        return first.Relation.Create(first.SubjectEntity, first.ObjectEntity, first.Details with { Time = time, Origin = origin, Sources = sources });
    }
}
