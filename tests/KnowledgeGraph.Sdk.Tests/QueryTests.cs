using System;
using System.Linq;
using Conflict;
using Izyum;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>The typed queries of the graph, on the seed graph and on small graphs made here.</summary>
public sealed class QueryTests
{
    private static readonly Graph Seed = IzyumGraph.Create();

    [Fact]
    public void Generic_traversal_returns_the_relations_typed_ends()
    {
        IPlace[] places = Seed.Out<WithdrewFrom>(Entities.RussianForces).Objects().OrderBy(p => p.Name).ToArray();
        Assert.Equal(new IPlace[] { Entities.Balakliya, Entities.Izyum }, places);
        IActor[] actors = Seed.In<WithdrewFrom>(Entities.Izyum).Subjects().ToArray();
        Assert.Equal(new IActor[] { Entities.RussianForces }, actors);
        Assert.Empty(Seed.Out<WithdrewFrom>(Entities.UkrainianForces));
    }

    [Fact]
    public void Find_looks_up_ids_names_and_aliases_ignoring_case()
    {
        Assert.Same(Entities.Izyum, Seed.Find("izyum"));
        Assert.Same(Entities.Izyum, Seed.Find("Izium"));
        Assert.Same(Entities.Izyum, Seed.Find("IZIUM"));
        Assert.Same(Entities.RussianForces, Seed.Find("russian troops"));
        Assert.Null(Seed.Find("Atlantis"));
    }

    [Fact]
    public void Entities_with_the_same_name_are_all_found_but_not_guessed()
    {
        var graph = new GraphBuilder()
            .Add(new Settlement { Id = "a", Name = "Twin" })
            .Add(new Settlement { Id = "b", Name = "Other", Aliases = new[] { "twin" } })
            .Build();

        Assert.Null(graph.Find("Twin"));
        Assert.Equal(new[] { "a", "b" }, graph.FindAll("TWIN").Select(e => e.Id));
    }

    [Fact]
    public void What_Ukraine_took_control_of_and_when()
    {
        var taken = Seed.Facts<TookControlOf>().Where(f => f.Subject == Entities.UkrainianForces)
            .OrderBy(f => f.Object.Name).Select(f => (f.Object.Name, f.Date)).ToList();
        var day = new DateOnly(2022, 9, 11);
        Assert.Equal(new[] { ("Izyum", (DateOnly?)day) }, taken); // Russia left Balakliya too, but the article does not say Ukraine took it
    }

    [Fact]
    public void Date_precision_decides_overlap()
    {
        var tenth = new DateOnly(2022, 9, 10);
        Assert.True(TimeQueries.Overlaps(TimeExtent.On(PartialDate.Parse("2022-09")), tenth, tenth));
        Assert.True(TimeQueries.Overlaps(TimeExtent.On(PartialDate.Parse("2022")), tenth, tenth));
        Assert.False(TimeQueries.Overlaps(new TimeExtent(PartialDate.Parse("2022-03"), PartialDate.Parse("2022-05")), tenth, tenth));
        Assert.True(TimeQueries.Overlaps(new TimeExtent(PartialDate.Parse("2022-03"), PartialDate.Parse("2022-05")), new DateOnly(2022, 5, 31), new DateOnly(2022, 6, 1)));
        Assert.False(TimeQueries.Overlaps(TimeExtent.On(PartialDate.Parse("2022-09-09")), tenth, new DateOnly(2022, 9, 11)));
        Assert.True(TimeQueries.Overlaps(TimeExtent.On(PartialDate.Parse("2022-09-10T23:59:59Z")), tenth, tenth));
        Assert.False(TimeQueries.Overlaps(TimeExtent.On(PartialDate.Parse("2022-09-11T00:00:00Z")), tenth, tenth));
        Assert.True(TimeQueries.Overlaps(new TimeExtent(PartialDate.Parse("2022-09-01"), null), tenth, tenth));
        Assert.False(TimeQueries.Overlaps(null, tenth, tenth));
        Assert.Throws<ArgumentException>(() => TimeQueries.Overlaps(null, tenth, tenth.AddDays(-1)));
    }

    [Fact]
    public void As_of_a_date_keeps_facts_that_hold_then()
    {
        var before = Seed.Facts<TookControlOf>().AsOf(new DateOnly(2022, 9, 10)).Select(f => (f.Subject.Name, f.Object.Name)).ToList();
        Assert.DoesNotContain(("Ukrainian forces", "Izyum"), before);
        Assert.DoesNotContain(("Russian forces", "Izyum"), before); // the seizure is dated March to April
        var spring = Seed.Facts<TookControlOf>().AsOf(new DateOnly(2022, 3, 20)).Select(f => (f.Subject.Name, f.Object.Name)).ToList();
        Assert.Contains(("Russian forces", "Izyum"), spring);
        var after = Seed.Facts<TookControlOf>().AsOf(new DateOnly(2022, 9, 11)).Select(f => (f.Subject.Name, f.Object.Name)).ToList();
        Assert.Contains(("Ukrainian forces", "Izyum"), after);
    }

    [Fact]
    public void What_happened_in_the_Kharkiv_region_between_6_and_11_September()
    {
        var events = Seed.EventsIn(Entities.KharkivRegion, new DateOnly(2022, 9, 6), new DateOnly(2022, 9, 11)).Select(e => e.Id).ToList();

        Assert.Equal(
            new[] { "thirdArmyCorpsDeployment", "equipmentCaptured", "prisonersTaken", "welcome", "northeastOffensive", "withdrawal", "clearingAroundIzyum", "liberationOfIzyum" },
            events);
        Assert.DoesNotContain("seizureOfIzyum", events);
        Assert.DoesNotContain("defeatAroundKyiv", events);
    }

    [Fact]
    public void Places_within_a_region_follow_the_transitive_containment()
    {
        Assert.Equal(new[] { "balakliya", "izyum", "izyumArea", "liberatedAreas" }, Seed.PlacesWithin(Entities.KharkivRegion).Select(p => p.Id).OrderBy(i => i));
        Assert.Contains(Entities.Izyum, Seed.PlacesWithin(Entities.Ukraine));
        Assert.Empty(Seed.PlacesWithin(Entities.Izyum));
    }

    [Fact]
    public void Which_sentence_supports_that_Russian_forces_withdrew_from_Izyum()
    {
        var sources = Seed.SourcesOf<WithdrewFrom>(Entities.RussianForces, Entities.Izyum);

        Assert.Contains(sources, s => s.Quote.StartsWith("Russia announced on 10 September that it was withdrawing its troops", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Quote.StartsWith("Russian forces fled the strategic town of Izyum", StringComparison.Ordinal));
        Assert.All(sources, s => Assert.True(s.Line > 0 && s.Offset > 0));
    }

    [Fact]
    public void How_the_third_army_corps_is_connected_to_Izyum()
    {
        var path = Seed.ShortestPath(Entities.ThirdArmyCorps, Entities.Izyum);

        Assert.NotNull(path);
        var step = Assert.Single(path!);
        Assert.IsType<MovedToward>(step);
        Assert.Null(Seed.ShortestPath(Entities.Izyum, new Settlement { Id = "elsewhere", Name = "Elsewhere" }));
        Assert.Empty(Seed.ShortestPath(Entities.Izyum, Entities.Izyum)!);
    }

    [Fact]
    public void A_path_can_run_through_events_and_against_the_direction_of_facts()
    {
        var (a, b, c) = (new Settlement { Id = "a", Name = "a" }, new Settlement { Id = "b", Name = "b" }, new Settlement { Id = "c", Name = "c" });
        var graph = new GraphBuilder().Add(new PartOf(a, b)).Add(new PartOf(c, b)).Build();

        Assert.Equal(2, graph.ShortestPath(a, c)!.Count);
    }

    [Fact]
    public void The_shortest_path_is_found_when_a_longer_one_was_added_first_and_runs_from_start_to_end()
    {
        var towns = Enumerable.Range(0, 5).Select(i => new Settlement { Id = "t" + i, Name = "t" + i }).ToArray();
        var graph = new GraphBuilder()
            .Add(new PartOf(towns[0], towns[1])).Add(new PartOf(towns[1], towns[2])).Add(new PartOf(towns[2], towns[3]))
            .Add(new PartOf(towns[4], towns[3])).Add(new PartOf(towns[0], towns[4]))
            .Build();

        var path = graph.ShortestPath(towns[0], towns[3])!;

        Assert.Equal(new[] { ("t0", "t4"), ("t4", "t3") }, path.Select(f => (f.SubjectEntity.Id, f.ObjectEntity.Id)));
        var back = graph.ShortestPath(towns[3], towns[0])!;
        Assert.Equal(new[] { ("t4", "t3"), ("t0", "t4") }, back.Select(f => (f.SubjectEntity.Id, f.ObjectEntity.Id)));
    }

    [Fact]
    public void The_neighbourhood_grows_with_depth()
    {
        Assert.Empty(Seed.Neighbourhood(Entities.Izyum, 0));
        var one = Seed.Neighbourhood(Entities.Izyum, 1);
        var two = Seed.Neighbourhood(Entities.Izyum, 2);
        Assert.Contains(Entities.KharkivRegion, one);
        Assert.DoesNotContain(Entities.Ukraine, one);
        Assert.Contains(Entities.Ukraine, two);
        Assert.True(two.Count > one.Count);
    }
}
