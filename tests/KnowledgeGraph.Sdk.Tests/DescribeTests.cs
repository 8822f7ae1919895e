using System;
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>Graph.Describe: an entity with its values, facts both ways, events and sources, and as text.</summary>
public sealed class DescribeTests
{
    private static readonly Graph Graph = IzyumGraph.Create();

    [Fact]
    public void An_entity_shows_its_values_facts_both_ways_events_and_sources()
    {
        var izyum = Graph.Describe(Entities.Izyum);

        Assert.Contains(izyum.FactsOut, f => f is PartOf { Object: var region } && region == (IEntity)Entities.KharkivRegion);
        Assert.Contains(izyum.FactsIn, f => f is WithdrewFrom w && w.Subject == (IEntity)Entities.RussianForces);
        Assert.Equal(Graph.EventsOf(Entities.Izyum), izyum.Events);
        Assert.DoesNotContain(izyum.FactsIn, f => f.Origin == FactOrigin.Role);
        Assert.Equal(Entities.Izyum.PropertyValues, izyum.Properties);
    }

    [Fact]
    public void An_event_shows_its_roles_and_time()
    {
        var liberation = Graph.Describe(Graph.Events().Single(e => e.Name == "Liberation of Izyum"));

        Assert.Contains(liberation.Roles, r => r.Participant == Entities.Izyum);
        Assert.Contains("  when: 2022-09-11\n", liberation.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A fact written as a key of its entity (<c>partOf: kharkivRegion</c>) says so in words, not as the enum's name.</summary>
    [Fact]
    public void A_fact_stated_as_a_relation_key_says_so_in_words()
    {
        var text = Graph.Describe(Entities.Izyum).ToString();

        Assert.Contains("Izyum is part of Kharkiv region (stated as a relation key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("entitykey", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_text_matches_its_snapshot() => Snapshot.Match("describe-izyum", Graph.Describe(Entities.RussianForces).ToString(), "txt");

    [Fact]
    public void An_entity_of_another_graph_is_refused()
    {
        var other = new GraphBuilder().Build();
        Assert.Throws<ArgumentException>(() => other.Describe(Entities.Izyum));
    }
}
