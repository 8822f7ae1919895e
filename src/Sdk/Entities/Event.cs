using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>Something that happened: it has a time, participants in roles, and may imply facts.</summary>
public abstract class Event : Entity, IEvent
{
    public TimeExtent? Time { get; init; }

    /// <summary>The day the event started, when it is known to the day or better.</summary>
    public DateOnly? Date => Time?.Start is { Precision: >= DatePrecision.Day } start ? DateOnly.FromDateTime(start.Earliest.UtcDateTime) : null;

    /// <summary>Who or what took part, and how (the roles of the event's type).</summary>
    public abstract IEnumerable<RoleBinding> Roles { get; }

    /// <summary>The facts each event of this type adds to the graph (<c>implies</c> in the ontology).</summary>
    public abstract IReadOnlyList<Implication> Implications { get; }
}

/// <summary>One participant of an event in one role (<c>by: russianForces</c>).</summary>
public readonly record struct RoleBinding(string Role, Entity Participant);

/// <summary>An event type's rule: for each value of one role and each of another, the relation holds between them.</summary>
public sealed record Implication(RelationInfo Relation, string SubjectRole, string ObjectRole);
