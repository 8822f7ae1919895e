using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>Something that happened: it has a time, participants in roles, and may imply facts.</summary>
public abstract class Event : Entity, IEvent
{
    protected Event() => IsEventObject = true;

    public TimeExtent? Time { get; init; }

    /// <summary>When the event started, at the precision it is known (a year, a month, a day or an instant); null when undated or open.</summary>
    public PartialDate? Start => Time?.Start;

    /// <summary>
    /// The day the event started, when it is known to the day or better; null for a year or a month (<c>2022-09</c>):
    /// read <see cref="Start"/> for the partial date.
    /// </summary>
    public DateOnly? Date => Time?.Start is { Precision: >= DatePrecision.Day } start ? DateOnly.FromDateTime(start.Earliest.UtcDateTime) : null;

    /// <summary>Who or what took part, and how (the roles of the event's type).</summary>
    public abstract IEnumerable<RoleBinding> Roles { get; }

    /// <summary>The facts each event of this type adds to the graph (<c>implies</c> in the ontology).</summary>
    public abstract IReadOnlyList<Implication> Implications { get; }

    /// <summary>The lasting facts each event of this type ends (<c>ends</c> in the ontology): a liberation ends the occupier's control.</summary>
    public virtual IReadOnlyList<Ending> Endings => Array.Empty<Ending>();
}

/// <summary>One participant of an event in one role (<c>by: russianForces</c>).</summary>
public readonly record struct RoleBinding(string Role, Entity Participant);

/// <summary>An event type's rule: for each value of one role and each of another, the relation holds between them.</summary>
public sealed record Implication(RelationInfo Relation, string SubjectRole, string ObjectRole);

/// <summary>
/// An event type's rule: the event ends the lasting facts of a relation whose subject is a value of one role and whose
/// object is a value of another; a null role stands for any entity (<c>controls: * -> of</c> ends anyone's control of
/// the place). At least one role must be named: a rule with neither ends nothing.
/// </summary>
public sealed record Ending(RelationInfo Relation, string? SubjectRole, string? ObjectRole);
