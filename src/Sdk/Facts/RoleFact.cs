using System.Collections.Concurrent;

namespace KnowledgeGraph;

/// <summary>The edge from an event to one of its participants, labelled with the role (<c>withdrawal -by-> russianForces</c>).</summary>
public sealed class RoleFact : Fact<IEvent, IEntity>
{
    private static readonly ConcurrentDictionary<string, RelationInfo> Infos = new();

    public RoleFact(Event @event, string role, Entity participant)
        : base(@event, participant, new FactDetails(@event.Time, @event.Sources, FactOrigin.Role, @event))
    {
        Relation = Infos.GetOrAdd(role, static name => new RelationInfo(
            name, name, null, false, typeof(RoleFact), typeof(IEvent), typeof(IEntity), (s, o, _) => new RoleFact((Event)s, name, o))
        {
            IsRole = true,
        });
    }

    public override RelationInfo Relation { get; }

    public string Role => Relation.Name;
}
