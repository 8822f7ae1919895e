using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

/// <summary>
/// Collects entities, events and facts, then builds an immutable <see cref="Graph"/>. Adding an event also adds its
/// role links and the facts its type implies. Ids are unique: a second entity with the same id is an error.
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly HashSet<Entity> _added = new(ReferenceEqualityComparer.Instance);
    private readonly List<Entity> _order = new();
    private readonly List<Fact> _facts = new();

    public int EntityCount => _order.Count;

    public int FactCount => _facts.Count;

    public GraphBuilder Add(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_added.Contains(entity))
        {
            // Every fact adds its ends again: finding them by reference first spares hashing their ids.
            return this;
        }

        if (_entities.ContainsKey(entity.Id))
        {
            throw new ArgumentException($"An entity with id '{entity.Id}' is already in the graph.", nameof(entity));
        }

        _entities.Add(entity.Id, entity);
        _added.Add(entity);
        _order.Add(entity);
        if (entity is Event @event)
        {
            AddEventEdges(@event);
        }

        return this;
    }

    public GraphBuilder AddRange(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            Add(entity);
        }

        return this;
    }

    /// <summary>Adds a fact; its ends are added too when they are not in the graph yet.</summary>
    public GraphBuilder Add(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Add(fact.SubjectEntity);
        Add(fact.ObjectEntity);
        _facts.Add(fact);
        return this;
    }

    public GraphBuilder AddRange(IEnumerable<Fact> facts)
    {
        foreach (var fact in facts)
        {
            Add(fact);
        }

        return this;
    }

    /// <summary>Builds the graph; the builder can go on to build a larger one.</summary>
    public Graph Build() => new(_order.ToArray(), _facts.ToArray());

    private void AddEventEdges(Event @event)
    {
        var roles = @event.Roles.ToList();
        foreach (var binding in roles)
        {
            Add(new RoleFact(@event, binding.Role, binding.Participant));
        }

        foreach (var implication in @event.Implications)
        {
            var details = new FactDetails(@event.Time, @event.Sources, FactOrigin.Implied, @event);
            foreach (var subject in roles.Where(r => r.Role == implication.SubjectRole))
            {
                foreach (var @object in roles.Where(r => r.Role == implication.ObjectRole))
                {
                    Add(implication.Relation.Create(subject.Participant, @object.Participant, details));
                }
            }
        }
    }
}
