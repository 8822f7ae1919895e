using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    /// <summary>
    /// The places inside <paramref name="region"/> at any depth, found through the ontology's transitive relations
    /// between places (such as <c>partOf</c>: Izyum is in the Kharkiv region, which is in Ukraine).
    /// </summary>
    public IReadOnlyList<Entity> PlacesWithin(IPlace region) => Reach(region, InIndex, _factIndexes.Value.Containment);

    /// <summary>
    /// The events that involve <paramref name="region"/> or any place inside it in one of their roles, and whose time
    /// overlaps the days from <paramref name="from"/> to <paramref name="to"/> (both included; undated events are left out),
    /// in time order (events with the same time by id).
    /// </summary>
    public IEnumerable<Event> EventsIn(IPlace region, DateOnly from, DateOnly to) =>
        EventsAt(region, from, to).OrderBy(e => e.Id, StringComparer.Ordinal).InTimeOrder();

    /// <summary>The distinct events in the time window with a role link to the region or a place within it.</summary>
    private IEnumerable<Event> EventsAt(IPlace region, DateOnly from, DateOnly to)
    {
        var (start, end) = TimeQueries.Window(from, to);
        var seen = new HashSet<Event>();
        var places = region is Entity self ? PlacesWithin(region).Prepend(self) : PlacesWithin(region);
        foreach (var place in places)
        {
            foreach (var role in InIndex.Find(place, typeof(RoleFact)))
            {
                if (role.SubjectEntity is Event { Time: { } time } @event && time.Overlaps(start, end) && seen.Add(@event))
                {
                    yield return @event;
                }
            }
        }
    }
}
