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
    public IReadOnlyList<Entity> PlacesWithin(IPlace region)
    {
        var containment = Relations.Where(r => r.IsTransitive && typeof(IPlace).IsAssignableFrom(r.SubjectType) && typeof(IPlace).IsAssignableFrom(r.ObjectType)).ToList();
        return Reach(region, place => containment.SelectMany(r => In(place, r)).Select(f => f.SubjectEntity));
    }

    /// <summary>
    /// The events that involve <paramref name="region"/> or any place inside it in one of their roles, and whose time
    /// overlaps the days from <paramref name="from"/> to <paramref name="to"/> (both included; undated events are left out).
    /// </summary>
    public IEnumerable<Event> EventsIn(IPlace region, DateOnly from, DateOnly to)
    {
        var places = new HashSet<Entity>(PlacesWithin(region));
        if (region is Entity self)
        {
            places.Add(self);
        }

        return places
            .SelectMany(place => InFacts(place).OfType<RoleFact>())
            .Select(role => (Event)role.SubjectEntity)
            .Distinct()
            .During(from, to)
            .OrderBy(e => e.Time!.Earliest)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
    }

    private IEnumerable<Fact> In(Entity entity, RelationInfo relation) =>
        _in.TryGetValue((entity, relation.FactType), out var facts) ? facts : Enumerable.Empty<Fact>();
}
