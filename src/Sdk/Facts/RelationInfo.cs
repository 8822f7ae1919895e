using System;

namespace KnowledgeGraph;

/// <summary>Describes a relation: its names, label, ends and the C# type of its facts, and makes facts of it.</summary>
public sealed class RelationInfo
{
    private readonly Func<Entity, Entity, FactDetails, Fact> _create;

    public RelationInfo(
        string name, string label, string? inverse, bool transitive, Type factType, Type subjectType, Type objectType,
        Func<Entity, Entity, FactDetails, Fact> create)
    {
        Name = name;
        Label = label;
        Inverse = inverse;
        IsTransitive = transitive;
        FactType = factType;
        SubjectType = subjectType;
        ObjectType = objectType;
        _create = create;
    }

    public string Name { get; }

    public string Label { get; }

    public string? Inverse { get; }

    public bool IsTransitive { get; }

    /// <summary>The generated class of this relation's facts (<c>WithdrewFrom</c>).</summary>
    public Type FactType { get; }

    public Type SubjectType { get; }

    public Type ObjectType { get; }

    /// <summary>
    /// True for a relation that states a situation lasting until something ends it (<c>controls</c>, <c>memberOf</c>), declared
    /// with <c>lasting: true</c>: a fact of it dated by an event or a <c>date</c> holds from then on, until an event whose type
    /// <c>ends</c> it. False for a momentary relation (<c>withdrewFrom</c>), whose fact holds at its date alone.
    /// </summary>
    public bool IsLasting { get; init; }

    /// <summary>True for the links between an event and its participants, false for relations of the ontology.</summary>
    public bool IsRole { get; init; }

    /// <summary>Makes a fact of this relation; throws when an end is not of the relation's end types.</summary>
    public Fact Create(Entity subject, Entity @object, FactDetails? details = null)
    {
        if (!SubjectType.IsInstanceOfType(subject))
        {
            throw new ArgumentException($"The subject of '{Name}' must be {SubjectType.Name}, but '{subject.Id}' is {subject.TypeName}.", nameof(subject));
        }

        if (!ObjectType.IsInstanceOfType(@object))
        {
            throw new ArgumentException($"The object of '{Name}' must be {ObjectType.Name}, but '{@object.Id}' is {@object.TypeName}.", nameof(@object));
        }

        return _create(subject, @object, details ?? FactDetails.None);
    }

    public override string ToString() => Name;
}
