using System;
using System.Linq;
using Conflict;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>Graphs built in the test from the generated types, and the builder's rules.</summary>
public sealed class GraphBuilderTests
{
    private static Settlement Town(string id) => new() { Id = id, Name = id };

    [Fact]
    public void A_cycle_in_a_transitive_relation_ends_the_closure()
    {
        var (a, b, c) = (Town("a"), Town("b"), Town("c"));
        var graph = new GraphBuilder().Add(new PartOf(a, b)).Add(new PartOf(b, c)).Add(new PartOf(c, a)).Build();

        Assert.Equal(new Entity[] { b, c }, graph.Closure<PartOf>(a));
    }

    [Fact]
    public void Two_entities_with_the_same_id_are_refused()
    {
        var builder = new GraphBuilder().Add(Town("a"));
        Assert.Throws<ArgumentException>(() => builder.Add(Town("a")));
    }

    [Fact]
    public void Entities_with_the_same_name_stay_apart()
    {
        var graph = new GraphBuilder().Add(new Settlement { Id = "a", Name = "Twin" }).Add(new Settlement { Id = "b", Name = "Twin" }).Build();
        Assert.Equal(2, graph.All<Settlement>().Count());
    }

    [Fact]
    public void A_relation_refuses_ends_of_the_wrong_type()
    {
        var region = new Region { Id = "r", Name = "r" };
        Assert.Throws<ArgumentException>(() => RegroupedTo.Info.Create(region, region));
    }

    [Fact]
    public void Queries_on_an_empty_graph_return_nothing()
    {
        var graph = new GraphBuilder().Build();
        var town = Town("t");
        Assert.Empty(graph.Facts<PartOf>());
        Assert.Empty(graph.Closure<PartOf>(town));
        Assert.Empty(graph.All<Settlement>());
        Assert.Empty(graph.OutFacts(town));
    }
}
