using System;
using QuikGraph;

namespace KnowledgeGraph.Benchmarks.Graphs;

/// <summary>What a user writes without KnowledgeGraph: a vertex class, and edges labelled with the relation's name.</summary>
public sealed class BareNode
{
    public BareNode(string id, string type, DateOnly? date = null)
    {
        Id = id;
        Type = type;
        Date = date;
    }

    public string Id { get; }

    public string Type { get; }

    /// <summary>The day of an event; null for anything else.</summary>
    public DateOnly? Date { get; }

    public override string ToString() => Id;
}

public static class BareGraph
{
    public static BidirectionalGraph<BareNode, TaggedEdge<BareNode, string>> Create() => new(allowParallelEdges: true);

    /// <summary>Builds the table's graph as a bare QuikGraph graph with string-labelled edges.</summary>
    public static BidirectionalGraph<BareNode, TaggedEdge<BareNode, string>> Build(FactTable table)
    {
        var nodes = new BareNode[table.Ids.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new BareNode(table.Ids[i], "Item");
        }

        var graph = Create();
        graph.AddVertexRange(nodes);
        for (var i = 0; i < table.FactCount; i++)
        {
            graph.AddEdge(new TaggedEdge<BareNode, string>(nodes[table.Subjects[i]], nodes[table.Objects[i]], Labels[table.RelationIndexes[i]]));
        }

        return graph;
    }

    /// <summary>The relation names of the table, as edge labels (<c>link01</c> ... <c>link20</c>).</summary>
    public static readonly string[] Labels = CreateLabels();

    private static string[] CreateLabels()
    {
        var labels = new string[FactTable.Relations];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = $"link{i + 1:00}";
        }

        return labels;
    }
}
