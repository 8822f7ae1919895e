using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// Sets the end of lasting facts (<see cref="RelationInfo.IsLasting"/>): each ends when the first event after its start
/// whose type <c>ends</c> its relation between its subject and object starts (a liberation ends the occupier's control).
/// A fact whose own end comes first is left as it is, and an event never ends a fact it implies itself (a capture
/// does not end its own side's control of the place: it renews it).
/// </summary>
internal static class LastingFacts
{
    /// <summary>Sets the ends of lasting facts, replacing each in <paramref name="facts"/> (which the caller owns) by one with its end.</summary>
    public static Fact[] End(Fact[] facts, IReadOnlyList<Entity> entities)
    {
        // Most graphs have no event that ends anything: they pay one look at each entity, and no set is made.
        var any = false;
        for (var i = 0; i < entities.Count && !any; i++)
        {
            any = entities[i].IsEventObject && ((Event)entities[i]).Endings.Count > 0;
        }

        return any ? EndAll(facts, entities) : facts;
    }

    private static Fact[] EndAll(Fact[] facts, IReadOnlyList<Entity> entities)
    {
        var rules = Rules(entities);
        if (rules.Count == 0)
        {
            return facts;
        }

        for (var i = 0; i < facts.Length; i++)
        {
            var fact = facts[i];
            if (!fact.Relation.IsLasting || EndOf(fact, rules) is not { } end)
            {
                continue;
            }

            var time = new TimeExtent(fact.Time?.Start, end.Time!.Start);
            if (fact.Time?.End is not null && time.Latest >= fact.Time.Latest)
            {
                continue; // its own end comes no later than the event's, given the precision of each
            }

            facts[i] = fact.Relation.Create(fact.SubjectEntity, fact.ObjectEntity, fact.Details with { Time = time, EndedBy = end });
        }

        return facts;
    }

    /// <summary>
    /// The first dated event after the fact's start that ends it, unless the fact ends before that on its own. An event is
    /// after the start when the period of its date ends after the period of the start's date (a liberation dated
    /// <c>2022-03</c> ends a control from <c>2022-03-15</c>); the first is the one whose date's period ends soonest.
    /// </summary>
    private static Event? EndOf(Fact fact, Dictionary<(RelationInfo, Entity), List<Rule>> rules)
    {
        var start = fact.Time?.Start is { } begun ? PeriodEnd(begun) : DateTimeOffset.MinValue;
        Event? first = null;
        for (var side = 0; side < 2; side++)
        {
            if (!rules.TryGetValue((fact.Relation, side == 0 ? fact.SubjectEntity : fact.ObjectEntity), out var candidates))
            {
                continue;
            }

            foreach (var rule in candidates)
            {
                var at = PeriodEnd(rule.Event.Time!.Start!.Value);
                if (at > start && !ReferenceEquals(rule.Event, fact.Details.ImpliedBy) && rule.Matches(fact) && !rule.Renews(fact)
                    && (first is null || at < PeriodEnd(first.Time!.Start!.Value)))
                {
                    first = rule.Event;
                }
            }
        }

        return first is not null && fact.Time?.End is { } own && fact.Time.Latest <= first.Time!.Earliest ? null : first;
    }

    /// <summary>The instant after the period a date names; an instant's own.</summary>
    private static DateTimeOffset PeriodEnd(PartialDate date) => date.Precision == DatePrecision.Instant ? date.Earliest : date.End;

    /// <summary>Every dated event's endings, found by the relation and an entity the rule names (its subject or its object).</summary>
    private static Dictionary<(RelationInfo, Entity), List<Rule>> Rules(IReadOnlyList<Entity> entities)
    {
        var rules = new Dictionary<(RelationInfo, Entity), List<Rule>>();
        foreach (var entity in entities)
        {
            if (entity is not Event @event || @event.Endings.Count == 0 || @event.Time?.Start is null)
            {
                continue;
            }

            foreach (var ending in @event.Endings)
            {
                if (ending.SubjectRole is null && ending.ObjectRole is null)
                {
                    continue; // names no role: it would end every fact of the relation (the language refuses it)
                }

                var renewed = new HashSet<(Entity, Entity)>();
                foreach (var implication in @event.Implications)
                {
                    if (implication.Relation == ending.Relation)
                    {
                        foreach (var subject in Participants(@event, implication.SubjectRole)!)
                        {
                            foreach (var @object in Participants(@event, implication.ObjectRole)!)
                            {
                                renewed.Add((subject, @object));
                            }
                        }
                    }
                }

                var rule = new Rule(@event, Participants(@event, ending.SubjectRole), Participants(@event, ending.ObjectRole), renewed);
                HashSet<Entity> keys = rule.Subjects ?? rule.Objects!;
                foreach (var named in keys)
                {
                    var key = (ending.Relation, named);
                    if (!rules.TryGetValue(key, out var list))
                    {
                        rules.Add(key, list = new List<Rule>());
                    }

                    list.Add(rule);
                }
            }
        }

        return rules;
    }

    private static HashSet<Entity>? Participants(Event @event, string? role)
    {
        if (role is null)
        {
            return null;
        }

        var participants = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        foreach (var binding in @event.Roles)
        {
            if (binding.Role == role)
            {
                participants.Add(binding.Participant);
            }
        }

        return participants;
    }

    /// <summary>
    /// One event's ending of one relation: the subjects and objects it ends facts between (null: any), and the pairs
    /// the event itself implies the relation between (those it renews, never ends).
    /// </summary>
    private sealed record Rule(Event Event, HashSet<Entity>? Subjects, HashSet<Entity>? Objects, HashSet<(Entity, Entity)> Renewed)
    {
        public bool Matches(Fact fact) =>
            (Subjects is null || Subjects.Contains(fact.SubjectEntity)) && (Objects is null || Objects.Contains(fact.ObjectEntity));

        public bool Renews(Fact fact) => Renewed.Contains((fact.SubjectEntity, fact.ObjectEntity));
    }
}
