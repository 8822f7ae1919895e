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
    private readonly IReadOnlyDictionary<string, Func<string, object>> _enumParsers;
    private readonly Func<string, Entity?> _compiledEntities;

    public OntologySchema(
        IReadOnlyList<OntologySource> sources,
        string? defaultNamespace,
        IEnumerable<RelationInfo> relations,
        IReadOnlyDictionary<string, Func<EntityData, Entity>> factories,
        IReadOnlyDictionary<string, Func<string, object>> enumParsers,
        Func<string, Entity?> compiledEntities)
    {
        _compiledEntities = compiledEntities;
        Sources = sources;
        DefaultNamespace = defaultNamespace;
        _relations = relations.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _factories = factories;
        _enumParsers = enumParsers;
    }

    /// <summary>The compiled ontology files and the documents they quote, by path relative to their common folder.</summary>
    public IReadOnlyList<OntologySource> Sources { get; }

    /// <summary>The namespace the build gave files that declare none.</summary>
    public string? DefaultNamespace { get; }

    public IEnumerable<RelationInfo> Relations => _relations.Values;

    public IEnumerable<string> TypeNames => _factories.Keys;

    public RelationInfo? FindRelation(string name) => _relations.TryGetValue(name, out var relation) ? relation : null;

    /// <summary>The compiled entity or event with this id (the same object as its static member), or null.</summary>
    public Entity? FindCompiled(string id) => _compiledEntities(id);

    /// <summary>The value of a compiled enum for one of its members as the ontology names it (<c>Side</c>, <c>Russia</c>).</summary>
    public object ParseEnum(string enumName, string member) =>
        _enumParsers.TryGetValue(enumName, out var parse)
            ? parse(member)
            : throw new ArgumentException($"The schema has no enum '{enumName}'.", nameof(enumName));

    /// <summary>Makes an entity or event of a concrete type from checked data.</summary>
    public Entity Create(string typeName, EntityData data) =>
        _factories.TryGetValue(typeName, out var factory)
            ? factory(data)
            : throw new ArgumentException($"The schema has no concrete type '{typeName}'.", nameof(typeName));
}
