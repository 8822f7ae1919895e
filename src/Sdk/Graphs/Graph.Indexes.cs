using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace KnowledgeGraph;

// The indexes of a graph, each built at its first use. They are filled by loops over arrays, not LINQ groupings:
// building is linear and allocates little beyond what it keeps.
public sealed partial class Graph
{
    private readonly Lazy<Dictionary<string, Entity[]>> _byName;
    private readonly Lazy<Dictionary<Type, Entity[]>> _byType;
    private readonly Lazy<FactIndexes> _factIndexes;

    /// <summary>Facts by their end and relation, out of entities and into them.</summary>
    private FactIndex OutIndex => _factIndexes.Value.Out;

    private FactIndex InIndex => _factIndexes.Value.In;

    /// <summary>Facts by relation, the facts' end indexes, the relations present and those that say what lies within what.</summary>
    private sealed record FactIndexes(Dictionary<Type, Fact[]> ByType, FactIndex Out, FactIndex In, RelationInfo[] Relations, Type[] Containment);

    private static FactIndexes IndexFacts(Fact[] facts, GraphBuilderState known)
    {
        var relationOrdinals = new Dictionary<Type, int>();
        var relationOf = new int[facts.Length];
        var byType = IndexFactTypes(facts, relationOrdinals, relationOf);
        var relations = DistinctRelations(byType);
        var containment = relations
            .Where(r => r.IsTransitive && typeof(IPlace).IsAssignableFrom(r.SubjectType) && typeof(IPlace).IsAssignableFrom(r.ObjectType))
            .Select(r => r.FactType)
            .ToArray();
        return new FactIndexes(
            byType,
            new FactIndex(facts, relationOf, known.Subjects, known.Objects, known.Numbers, relationOrdinals),
            new FactIndex(facts, relationOf, known.Objects, known.Subjects, known.Numbers, relationOrdinals),
            relations,
            containment);
    }

    private static Dictionary<string, Entity[]> IndexNames(Entity[] entities)
    {
        var single = new Dictionary<string, Entity[]>(entities.Length, StringComparer.OrdinalIgnoreCase);
        var shared = new Dictionary<string, List<Entity>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            Add(entity.Name, entity);
            foreach (var alias in entity.Aliases)
            {
                Add(alias, entity);
            }
        }

        foreach (var pair in shared)
        {
            single[pair.Key] = pair.Value.ToArray();
        }

        return single;

        void Add(string name, Entity entity)
        {
            if (!single.TryGetValue(name, out var first))
            {
                single.Add(name, new[] { entity });
            }
            else if (shared.TryGetValue(name, out var list))
            {
                // An entity's own names come one after another, so a repeat (its name again as an alias) is the last one added.
                if (list[list.Count - 1] != entity)
                {
                    list.Add(entity);
                }
            }
            else if (first[0] != entity)
            {
                shared.Add(name, new List<Entity> { first[0], entity });
            }
        }
    }

    /// <summary>
    /// Entities under their class, base classes and interfaces, in the order added. Types are numbered once per class, so
    /// an entity costs one lookup: a first pass counts, a second fills arrays of the right size.
    /// </summary>
    private static Dictionary<Type, Entity[]> IndexTypes(Entity[] entities)
    {
        var slots = new Dictionary<Type, int>();
        var slotsOfClass = new Dictionary<Type, int[]>();
        var counts = new List<int>();
        var slotsOf = new int[entities.Length][];
        for (var i = 0; i < entities.Length; i++)
        {
            if (!slotsOfClass.TryGetValue(entities[i].GetType(), out var ofClass))
            {
                ofClass = Array.ConvertAll(IndexedTypesOf(entities[i]), type => Slot(type));
                slotsOfClass.Add(entities[i].GetType(), ofClass);
            }

            slotsOf[i] = ofClass;
            foreach (var slot in ofClass)
            {
                counts[slot]++;
            }
        }

        var arrays = counts.Select(count => new Entity[count]).ToArray();
        var filled = new int[arrays.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            foreach (var slot in slotsOf[i])
            {
                arrays[slot][filled[slot]++] = entities[i];
            }
        }

        return slots.ToDictionary(pair => pair.Key, pair => arrays[pair.Value]);

        int Slot(Type type)
        {
            if (!slots.TryGetValue(type, out var slot))
            {
                slot = slots.Count;
                slots.Add(type, slot);
                counts.Add(0);
            }

            return slot;
        }
    }

    /// <summary>Groups facts by their class, numbering the classes as it meets them (<paramref name="relationOf"/> gets each fact's number).</summary>
    private static Dictionary<Type, Fact[]> IndexFactTypes(Fact[] facts, Dictionary<Type, int> ordinals, int[] relationOf)
    {
        var counts = new List<int>();
        for (var i = 0; i < facts.Length; i++)
        {
            var type = facts[i].GetType();
            if (!ordinals.TryGetValue(type, out var ordinal))
            {
                ordinal = ordinals.Count;
                ordinals.Add(type, ordinal);
                counts.Add(0);
            }

            relationOf[i] = ordinal;
            counts[ordinal]++;
        }

        var groups = counts.Select(count => new Fact[count]).ToArray();
        var filled = new int[groups.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            groups[relationOf[i]][filled[relationOf[i]]++] = facts[i];
        }

        return ordinals.ToDictionary(pair => pair.Key, pair => groups[pair.Value]);
    }

    /// <summary>The relations of the facts; facts of one class nearly always share one, so a set is consulted only on a change.</summary>
    private static RelationInfo[] DistinctRelations(Dictionary<Type, Fact[]> factsByType)
    {
        var seen = new HashSet<RelationInfo>();
        foreach (var facts in factsByType.Values)
        {
            RelationInfo? last = null;
            foreach (var fact in facts)
            {
                var relation = fact.Relation;
                if (!ReferenceEquals(relation, last) && !relation.IsRole)
                {
                    seen.Add(relation);
                }

                last = relation;
            }
        }

        return seen.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
    }

    private static Type[] IndexedTypesOf(Entity entity) => TypesOf(entity.GetType()).ToArray();

    private static IEnumerable<Type> TypesOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.Interfaces)] Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            yield return t;
        }

        foreach (var @interface in type.GetInterfaces())
        {
            yield return @interface;
        }
    }
}
