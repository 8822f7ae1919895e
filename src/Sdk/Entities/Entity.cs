using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph;

/// <summary>
/// The base of every generated type. Entities compare by reference: each id stands for one object in a graph.
/// </summary>
// Interfaces are kept under trimming: the graph indexes entities by the interfaces of their types.
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.Interfaces)]
public abstract class Entity : IEntity
{
    /// <summary>The id the ontology files use (<c>izyum</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The display name (<c>Izyum</c>); the id when none is given.</summary>
    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    public string? Doc { get; init; }

    /// <summary>The passages of documents that state this entity or event.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = Array.Empty<SourceRef>();

    /// <summary>The ontology type's name (<c>Settlement</c>).</summary>
    public abstract string TypeName { get; }

    /// <summary>
    /// The values of this entity's properties (not an event's roles), by their ontology names, in the order the type
    /// declares them: one per value of a list, none for an optional value that is absent. Generated code fills it, so it
    /// needs no reflection and is safe under trimming.
    /// </summary>
    public virtual IEnumerable<PropertyValue> PropertyValues => Array.Empty<PropertyValue>();

    /// <summary>
    /// Where the last builder that added this entity put it in its order: a hint that spares a lookup by id for each
    /// fact that names it, never trusted without checking that the order holds this very object there (compiled
    /// entities are in every graph made, from any thread).
    /// </summary>
    internal int NumberHint = -1;

    /// <summary>
    /// Whether this is an <see cref="Event"/>: a field read, where <c>is Event</c> calls the runtime's type check, which
    /// building a large graph would call for every entity.
    /// </summary>
    internal bool IsEventObject;

    public override string ToString() => Name;
}

/// <summary>
/// One value of a property as the ontology names it (<c>population</c>, 40000): a number, string, <see cref="bool"/>,
/// <see cref="PartialDate"/>, <see cref="DateTimeOffset"/>, <see cref="Uri"/>, a generated enum, or an entity.
/// </summary>
public readonly record struct PropertyValue(string Property, object Value);

public abstract class Actor : Entity, IActor
{
}

public abstract class Place : Entity, IPlace
{
}
