using System.Linq;
using Conflict;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>What the graph's indexes answer when relations, ends and names are interleaved and repeated.</summary>
public sealed class GraphIndexTests
{
    private static Settlement Town(string id, string? name = null, params string[] aliases) => new() { Id = id, Name = name ?? id, Aliases = aliases };

    [Fact]
    public void Facts_stated_twice_merge_by_relation_and_time_whatever_else_lies_between_the_same_two_entities()
    {
        var a = Town("a");
        var state = new State { Id = "s", Name = "s" };
        var year = new FactDetails(TimeExtent.On(new PartialDate(2022)));
        var graph = new GraphBuilder()
            .Add(new WithdrewFrom(state, a)).Add(new TookControlOf(state, a)).Add(new WithdrewFrom(state, a, year))
            .Add(new TookControlOf(state, a)).Add(new WithdrewFrom(state, a, new FactDetails(TimeExtent.On(new PartialDate(2021))))).Add(new PartOf(a, Town("b")))
            .Build();

        Assert.Equal(new[] { "2022", "2021" }, graph.Out<WithdrewFrom>(state).Select(f => f.Time!.ToString())); // the undated one joined 2022
        Assert.Single(graph.Out<TookControlOf>(state));
        Assert.Equal(4, graph.AllFacts.Count);
        Assert.Equal(graph.AllFacts.Count, graph.Structure.EdgeCount);
    }

    [Fact]
    public void Each_relation_of_an_entity_keeps_its_facts_in_the_order_they_were_added()
    {
        var (a, b, c) = (Town("a"), Town("b"), Town("c"));
        var state = new State { Id = "s", Name = "s" };
        var graph = new GraphBuilder()
            .Add(new PartOf(a, b, new FactDetails(TimeExtent.On(new PartialDate(2021))))).Add(new TookControlOf(state, a)).Add(new PartOf(a, c)).Add(new PartOf(b, c))
            .Add(new TookControlOf(state, b)).Add(new PartOf(a, b, new FactDetails(TimeExtent.On(new PartialDate(2022))))) // at another time: a second fact
            .Build();

        Assert.Equal(new IPlace[] { b, c, b }, graph.Out<PartOf>(a).Select(f => f.Object));
        Assert.Equal(graph.Out<PartOf>(a).Select(f => f.Object), graph.Out<PartOf>(a).ToArray().Select(f => f.Object));
        Assert.Throws<System.NotSupportedException>(() => ((System.Collections.Generic.ICollection<PartOf>)graph.Out<PartOf>(a)).Clear());
        Assert.Equal(new IPlace[] { a, b }, graph.Out<TookControlOf>(state).Select(f => f.Object));
        Assert.Equal(new IPlace[] { a, b }, graph.In<PartOf>(c).Select(f => f.Subject));
        Assert.Equal(new IActor[] { state }, graph.In<TookControlOf>(b).Select(f => f.Subject));
        Assert.Empty(graph.Out<TookControlOf>(a));
        Assert.Empty(graph.In<PartOf>(a));
        Assert.Empty(graph.Out<PartOf>(Town("elsewhere")));
        Assert.Equal(4, graph.Facts<PartOf>().Count());
        Assert.Equal(new[] { "partOf", "tookControlOf" }, graph.Relations.Select(r => r.Name));
    }

    [Fact]
    public void A_name_shared_by_several_entities_lists_each_once_and_finds_none_alone()
    {
        var (twin, other, solo) = (Town("a", "Twin", "twin", "Gemini"), Town("b", "TWIN"), Town("c", "Solo"));
        var graph = new GraphBuilder().Add(twin).Add(other).Add(solo).Build();

        Assert.Equal(new Entity[] { twin, other }, graph.FindAll("twin"));
        Assert.Null(graph.Find("Twin"));
        Assert.Same(twin, graph.Find("gemini"));
        Assert.Same(solo, graph.Find("SOLO"));
        Assert.Same(other, graph.Find("b"));
    }

    [Fact]
    public void Entities_are_found_by_their_class_base_classes_and_interfaces()
    {
        var (town, country) = (Town("t"), new Country { Id = "k", Name = "k" });
        var graph = new GraphBuilder().Add(town).Add(country).Build();

        Assert.Equal(new Entity[] { town, country }, graph.All<Place>());
        Assert.Equal(new IState[] { country }, graph.All<IState>());
        Assert.Equal(new Settlement[] { town }, graph.All<Settlement>());
        Assert.Empty(graph.All<Region>());
    }

    [Fact]
    public void Out_facts_come_grouped_by_relation_and_the_QuikGraph_structure_holds_them_all()
    {
        var (a, b) = (Town("a"), Town("b"));
        var (state, rival) = (new State { Id = "s", Name = "s" }, new State { Id = "r", Name = "r" });
        var graph = new GraphBuilder()
            .Add(new TookControlOf(state, a)).Add(new Opposes(state, rival)).Add(new TookControlOf(state, b)).Add(new PartOf(a, b))
            .Build();

        Assert.Equal(new Entity[] { a, b, rival }, graph.OutFacts(state).Select(f => f.ObjectEntity));
        Assert.Equal(new Entity[] { state, a }, graph.InFacts(b).Select(f => f.SubjectEntity));
        var structure = graph.Structure;
        Assert.Same(structure, graph.Structure);
        Assert.Equal(4, structure.VertexCount);
        Assert.Equal(graph.AllFacts, structure.Edges);
        Assert.Equal(graph.OutFacts(state).OrderBy(f => f.ObjectEntity.Id), structure.OutEdges(state).OrderBy(f => f.ObjectEntity.Id));
    }
}
