using System;
using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Graphs;

/// <summary>
/// The raw content of a graph as a loader or a user's code would hold it before building: entity ids, and facts as
/// (subject, relation, object) indexes. Facts pick their ends and one of <see cref="Relations"/> relations at random,
/// with four facts for every entity, so an entity takes part in eight facts on average.
/// </summary>
public sealed class FactTable
{
    public const int Relations = 20;
    public const int FactsPerEntity = 4;

    private FactTable(string[] ids, int[] subjects, int[] relations, int[] objects)
    {
        Ids = ids;
        Subjects = subjects;
        RelationIndexes = relations;
        Objects = objects;
    }

    public string[] Ids { get; }

    public int[] Subjects { get; }

    /// <summary>Zero-based: 0 is <c>link01</c>.</summary>
    public int[] RelationIndexes { get; }

    public int[] Objects { get; }

    public int FactCount => Subjects.Length;

    public static FactTable Random(int facts)
    {
        var random = new Random(facts);
        var entities = Math.Max(1, facts / FactsPerEntity);
        var ids = new string[entities];
        for (var i = 0; i < entities; i++)
        {
            ids[i] = "item" + i.ToString(CultureInfo.InvariantCulture);
        }

        var (subjects, relations, objects) = (new int[facts], new int[facts], new int[facts]);
        for (var i = 0; i < facts; i++)
        {
            subjects[i] = random.Next(entities);
            relations[i] = random.Next(Relations);
            objects[i] = random.Next(entities);
        }

        return new FactTable(ids, subjects, relations, objects);
    }
}
