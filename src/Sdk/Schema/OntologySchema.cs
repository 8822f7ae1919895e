using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

/// <summary>
/// The compiled ontology as the run-time loader needs it: the source files, the relations, and a factory per
/// concrete type that makes typed entities from checked data (no reflection, safe under trimming).
/// </summary>
public sealed class OntologySchema
{
    private readonly Dictionary<string, RelationInfo> _relations;
    private readonly IReadOnlyDictionary<string, Func<EntityData, Entity>> _factories;

    public OntologySchema(
        IReadOnlyList<OntologySource> sources, IEnumerable<RelationInfo> relations, IReadOnlyDictionary<string, Func<EntityData, Entity>> factories)
    {
        Sources = sources;
        _relations = relations.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _factories = factories;
    }

    public IReadOnlyList<OntologySource> Sources { get; }

    public IEnumerable<RelationInfo> Relations => _relations.Values;

    public IEnumerable<string> TypeNames => _factories.Keys;

    public RelationInfo? FindRelation(string name) => _relations.TryGetValue(name, out var relation) ? relation : null;

    /// <summary>Makes an entity or event of a concrete type from checked data.</summary>
    public Entity Create(string typeName, EntityData data) =>
        _factories.TryGetValue(typeName, out var factory)
            ? factory(data)
            : throw new ArgumentException($"The schema has no concrete type '{typeName}'.", nameof(typeName));
}
