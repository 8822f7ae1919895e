using System;
using System.Collections.Generic;
using QuikGraph;

namespace KnowledgeGraph;

/// <summary>An edge of the graph: subject, relation, object, with optional time and sources.</summary>
public abstract class Fact : IEdge<Entity>, ITimed
{
    protected Fact(Entity subject, Entity @object, FactDetails? details)
    {
        SubjectEntity = subject ?? throw new ArgumentNullException(nameof(subject));
        ObjectEntity = @object ?? throw new ArgumentNullException(nameof(@object));
        Details = details ?? FactDetails.None;
    }

    public abstract RelationInfo Relation { get; }

    public Entity SubjectEntity { get; }

    public Entity ObjectEntity { get; }

    public FactDetails Details { get; }

    public TimeExtent? Time => Details.Time;

    /// <summary>When the fact started to hold, at the precision it is known; null when undated or open.</summary>
    public PartialDate? Start => Time?.Start;

    /// <summary>The day the fact started to hold, when it is known to the day or better; null for a year or a month (read <see cref="Start"/>).</summary>
    public DateOnly? Date => Time?.Start is { Precision: >= DatePrecision.Day } start ? DateOnly.FromDateTime(start.Earliest.UtcDateTime) : null;

    public IReadOnlyList<SourceRef> Sources => Details.SourceList;

    public FactOrigin Origin => Details.Origin;

    Entity IEdge<Entity>.Source => SubjectEntity;

    Entity IEdge<Entity>.Target => ObjectEntity;

    public override string ToString() => $"{SubjectEntity} {Relation.Label} {ObjectEntity}";
}

/// <summary>A fact whose ends are typed as the relation declares them.</summary>
public abstract class Fact<TSubject, TObject> : Fact
    where TSubject : class, IEntity
    where TObject : class, IEntity
{
    protected Fact(TSubject subject, TObject @object, FactDetails? details)
        : base(AsEntity(subject), AsEntity(@object), details)
    {
    }

    public TSubject Subject => (TSubject)(object)SubjectEntity;

    public TObject Object => (TObject)(object)ObjectEntity;

    private static Entity AsEntity(IEntity entity) =>
        entity as Entity ?? throw new ArgumentException("Facts connect entities of generated types.", nameof(entity));
}
