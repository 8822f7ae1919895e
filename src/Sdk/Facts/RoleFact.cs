using System.Collections.Concurrent;

namespace KnowledgeGraph;

/// <summary>The edge from an event to one of its participants, labelled with the role (<c>withdrawal -by-> russianForces</c>).</summary>
public sealed class RoleFact : Fact<IEvent, IEntity>
{
    private static readonly ConcurrentDictionary<string, RelationInfo> Infos = new();

    public RoleFact(Event @event, string role, Entity participant)
        : this(@event, role, participant, DetailsOf(@event))
    {
    }

    /// <summary>A role link with details made once for every role of its event (<see cref="DetailsOf"/>).</summary>
    internal RoleFact(Event @event, string role, Entity participant, FactDetails details)
        : base(@event, participant, details)
    {
        Relation = Infos.GetOrAdd(role, static name => new RelationInfo(
            name, name, null, false, typeof(RoleFact), typeof(IEvent), typeof(IEntity), (s, o, _) => new RoleFact((Event)s, name, o))
        {
            IsRole = true,
        });
    }

    /// <summary>The details every role link of <paramref name="event"/> has: its time and sources, and the event itself.</summary>
    internal static FactDetails DetailsOf(Event @event) => new(@event.Time, @event.Sources, FactOrigin.Role, @event);

    public override RelationInfo Relation { get; }

    public string Role => Relation.Name;
}
