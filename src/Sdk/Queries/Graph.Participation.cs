using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

/// <summary>An event an entity took part in, and the role it had (<c>by</c>, <c>from</c>, <c>announcedBy</c>).</summary>
public sealed record Participation<TEvent>(TEvent Event, string Role)
    where TEvent : class, IEvent
{
    public override string ToString() => $"{Event} ({Role})";
}

public sealed partial class Graph
{
    /// <summary>Every event, in the order added (<see cref="TimeQueries.InTimeOrder{T}"/> orders them by time).</summary>
    public IEnumerable<Event> Events() => All<Event>();

    /// <summary>
    /// The events <paramref name="participant"/> took part in, with its role in each, in time order (undated events first):
    /// "which events did Podolyak take part in, and in what role?". An entity in two roles of one event appears twice.
    /// </summary>
    public IReadOnlyList<Participation<Event>> EventsOf(IEntity participant) => EventsOf<Event>(participant).ToList();

    /// <summary>The events of one type (its subtypes included) that <paramref name="participant"/> took part in, with its role, in time order.</summary>
    public IEnumerable<Participation<TEvent>> EventsOf<TEvent>(IEntity participant)
        where TEvent : class, IEvent
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (participant is not Entity entity)
        {
            return Enumerable.Empty<Participation<TEvent>>();
        }

        return InIndex.Find(entity, typeof(RoleFact))
            .OfType<RoleFact>()
            .Where(role => role.SubjectEntity is TEvent)
            .Select(role => new Participation<TEvent>((TEvent)(object)role.SubjectEntity, role.Role))
            .OrderBy(p => p.Event.Time?.Earliest ?? DateTimeOffset.MinValue)
            .ThenBy(p => p.Event.Time?.Latest ?? DateTimeOffset.MinValue)
            .ThenBy(p => p.Event.Id, StringComparer.Ordinal)
            .ToList();
    }
}
