using System;
using Bench;

namespace KnowledgeGraph.Benchmarks.Graphs;

/// <summary>Builds a table's graph with the generated types of <c>Schema/bench.kg.yaml</c>, as generated or user code does.</summary>
public static class TypedGraph
{
    /// <summary>The generated fact constructors, by relation index (what compiled code calls for each fact).</summary>
    public static readonly Func<Item, Item, Fact>[] Links =
    {
        static (s, o) => new Link01(s, o), static (s, o) => new Link02(s, o), static (s, o) => new Link03(s, o), static (s, o) => new Link04(s, o),
        static (s, o) => new Link05(s, o), static (s, o) => new Link06(s, o), static (s, o) => new Link07(s, o), static (s, o) => new Link08(s, o),
        static (s, o) => new Link09(s, o), static (s, o) => new Link10(s, o), static (s, o) => new Link11(s, o), static (s, o) => new Link12(s, o),
        static (s, o) => new Link13(s, o), static (s, o) => new Link14(s, o), static (s, o) => new Link15(s, o), static (s, o) => new Link16(s, o),
        static (s, o) => new Link17(s, o), static (s, o) => new Link18(s, o), static (s, o) => new Link19(s, o), static (s, o) => new Link20(s, o),
    };

    public static Graph Build(FactTable table)
    {
        var items = new Item[table.Ids.Length];
        var builder = new GraphBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new Item { Id = table.Ids[i], Name = table.Ids[i] };
            builder.Add(items[i]);
        }

        for (var i = 0; i < table.FactCount; i++)
        {
            builder.Add(Links[table.RelationIndexes[i]](items[table.Subjects[i]], items[table.Objects[i]]));
        }

        return builder.Build();
    }
}
