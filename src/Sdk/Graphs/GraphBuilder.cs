using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Language;

namespace KnowledgeGraph;

/// <summary>
/// Collects entities, events, facts and the documents they are quoted from, then builds an immutable <see cref="Graph"/>. Adding an event also adds its
/// role links and the facts its type implies. Ids are unique: a second entity with the same id is an error.
/// </summary>
public sealed class GraphBuilder
{
    private Dictionary<string, int> _numbers = new(StringComparer.Ordinal); // each entity's place in _order, by id
    private bool _numbersShared; // the last graph built holds the numbers: they are copied before the next entity is added
    private readonly List<Entity> _order = new();
    private readonly List<Fact> _facts = new();
    private readonly List<int> _subjects = new();
    private readonly List<int> _objects = new();
    private readonly Dictionary<string, DocumentInfo> _documentsById = new(StringComparer.Ordinal);
    private readonly List<DocumentInfo> _documents = new();
    private readonly List<Omission> _omissions = new();
    private RoleBinding[] _roles = new RoleBinding[8]; // an event's roles, while its edges are added

    public int EntityCount => _order.Count;

    public int FactCount => _facts.Count;

    /// <summary>The facts added so far, in order.</summary>
    internal IReadOnlyList<Fact> AddedFacts => _facts;

    /// <summary>The omitted passages added so far.</summary>
    internal IReadOnlyList<Omission> AddedOmissions => _omissions;

    /// <summary>The entity or event with this id added so far, or null.</summary>
    public Entity? Find(string id) => _numbers.TryGetValue(id, out var number) ? _order[number] : null;

    /// <summary>The document with this id added so far, or null.</summary>
    public DocumentInfo? FindDocument(string id) => _documentsById.TryGetValue(id, out var document) ? document : null;

    public GraphBuilder Add(Entity entity)
    {
        AddEntity(entity);
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
    [MethodImpl(BulkCode.Optimized)]
    public GraphBuilder Add(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var subject = AddEntity(fact.SubjectEntity);
        var @object = AddEntity(fact.ObjectEntity);
        _facts.Add(fact);
        _subjects.Add(subject);
        _objects.Add(@object);
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

    /// <summary>
    /// Adds a document, so that the graph lists it and can tell how much of its text it covers. Adding the same
    /// document again does nothing; another document with the same id is an error.
    /// </summary>
    public GraphBuilder Add(DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_documentsById.TryGetValue(document.Id, out var known))
        {
            return ReferenceEquals(known, document) || known == document
                ? this
                : throw new ArgumentException($"Another document with id '{document.Id}' is already in the graph.", nameof(document));
        }

        _documentsById.Add(document.Id, document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Adds a passage left out on purpose; its document is added too.</summary>
    public GraphBuilder Add(Omission omission)
    {
        ArgumentNullException.ThrowIfNull(omission);
        ArgumentNullException.ThrowIfNull(omission.Passage, nameof(omission));
        Add(omission.Passage.Document);
        _omissions.Add(omission);
        return this;
    }

    /// <summary>
    /// Builds the graph; the builder can go on to build a larger one. A fact stated twice becomes one with the sources of
    /// both; a lasting fact ends at the first later event that ends it (<see cref="RelationInfo.IsLasting"/>).
    /// </summary>
    public Graph Build()
    {
        _numbersShared = true;
        var (facts, subjects, objects) = DuplicateFacts.Merge(_facts, _subjects, _objects);
        var order = _order.ToArray();
        var state = new GraphBuilderState(new EntityNumbers(_numbers, order), subjects, objects, _documents.ToArray(), _omissions.ToArray());
        return new(order, LastingFacts.End(facts, order), state);
    }

    /// <summary>
    /// Makes room for this many more entities and facts at once (compiled data and a load know their size). Room grows
    /// at least twofold, as adding one at a time would: a dictionary grown to the exact size each time would be copied
    /// whole by every one of many small loads.
    /// </summary>
    internal void Reserve(int entities, int facts)
    {
        Unshare();
        Grow(_numbers, entities);
        _order.EnsureCapacity(_order.Count + entities); // a list grows twofold by itself
        _facts.EnsureCapacity(_facts.Count + facts);
        _subjects.EnsureCapacity(_subjects.Count + facts);
        _objects.EnsureCapacity(_objects.Count + facts);
    }

    private static void Grow<TKey, TValue>(Dictionary<TKey, TValue> dictionary, int more)
        where TKey : notnull
    {
        var needed = dictionary.Count + more;
        if (needed > dictionary.EnsureCapacity(0))
        {
            dictionary.EnsureCapacity(Math.Max(needed, 2 * dictionary.Count));
        }
    }

    private void Unshare()
    {
        if (_numbersShared)
        {
            _numbers = new Dictionary<string, int>(_numbers, StringComparer.Ordinal);
            _numbersShared = false;
        }
    }

    /// <summary>The entity's number (its place in the order added), adding it first when it is new.</summary>
    [MethodImpl(BulkCode.Optimized)]
    private int AddEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var hint = entity.NumberHint;
        if ((uint)hint < (uint)_order.Count && ReferenceEquals(_order[hint], entity))
        {
            return hint;
        }

        if (_numbers.TryGetValue(entity.Id, out var known))
        {
            // Every fact adds its ends again: the same object is the same entity; another with its id is an error.
            return ReferenceEquals(_order[known], entity)
                ? known
                : throw new ArgumentException($"An entity with id '{entity.Id}' is already in the graph.", nameof(entity));
        }

        Unshare();
        var ordinal = _order.Count;
        _numbers.Add(entity.Id, ordinal);
        _order.Add(entity);
        entity.NumberHint = ordinal;
        if (entity.IsEventObject)
        {
            AddEventEdges((Event)entity);
        }

        return ordinal;
    }

    /// <summary>
    /// How many facts adding <paramref name="event"/> adds (<see cref="AddEventEdges"/>): a role link per role, and each
    /// fact an implication makes for a pair of its roles' participants. Compiled data reserves room for them at once.
    /// </summary>
    /// <param name="event">The event.</param>
    /// <param name="roles">A buffer for the event's roles, grown as needed: one serves every event of a caller.</param>
    internal static int EdgeCount(Event @event, ref RoleBinding[] roles)
    {
        var count = RolesOf(@event, ref roles);
        var edges = count;
        var implications = @event.Implications;
        for (var n = 0; n < implications.Count; n++) // not foreach: an enumerator of the list per event, at start-up
        {
            var implication = implications[n];
            var (subjects, objects) = (0, 0);
            for (var i = 0; i < count; i++)
            {
                subjects += roles[i].Role == implication.SubjectRole ? 1 : 0;
                objects += roles[i].Role == implication.ObjectRole ? 1 : 0;
            }

            edges += subjects * objects;
        }

        return edges;
    }

    /// <summary>
    /// Puts the event's role bindings at the start of <paramref name="roles"/> and gives their count: an array, not
    /// LINQ's list, whose instance over this struct the runtime would compile at start-up (it is in neither the package's
    /// precompiled code nor .NET's).
    /// </summary>
    private static int RolesOf(Event @event, ref RoleBinding[] roles)
    {
        var count = 0;
        foreach (var binding in @event.Roles)
        {
            if (count == roles.Length)
            {
                var grown = new RoleBinding[count * 2];
                Array.Copy(roles, grown, count);
                roles = grown;
            }

            roles[count++] = binding;
        }

        return count;
    }

    [MethodImpl(BulkCode.Optimized)]
    private void AddEventEdges(Event @event)
    {
        // A copy of the roles: adding a fact below may add another event (a participant), which uses the builder's buffer.
        var count = RolesOf(@event, ref _roles);
        var roles = new RoleBinding[count];
        Array.Copy(_roles, roles, count);
        var roleDetails = count > 0 ? RoleFact.DetailsOf(@event) : null; // the same for every role: made once
        foreach (var binding in roles)
        {
            Add(new RoleFact(@event, binding.Role, binding.Participant, roleDetails!));
        }

        var implications = @event.Implications;
        if (implications.Count == 0)
        {
            return;
        }

        var details = new FactDetails(@event.Time, @event.Sources, FactOrigin.Implied, @event);
        FactDetails? lasting = null;
        for (var n = 0; n < implications.Count; n++) // not foreach: an enumerator of the list per event, at start-up
        {
            var implication = implications[n];
            // A lasting fact holds from the event's start on (until an event ends it), not during the event alone.
            lasting ??= implication.Relation.IsLasting ? details with { Time = @event.Time is { } time ? new TimeExtent(time.Start, null) : null } : null;
            foreach (var subject in roles)
            {
                if (subject.Role != implication.SubjectRole)
                {
                    continue;
                }

                foreach (var @object in roles)
                {
                    if (@object.Role == implication.ObjectRole)
                    {
                        Add(implication.Relation.Create(subject.Participant, @object.Participant, implication.Relation.IsLasting ? lasting : details));
                    }
                }
            }
        }
    }
}

/// <summary>
/// What the builder already knows when it builds: the entities' numbers by id, the numbers of each fact's ends, and the
/// documents and omitted passages.
/// </summary>
internal sealed record GraphBuilderState(EntityNumbers Numbers, int[] Subjects, int[] Objects, DocumentInfo[] Documents, Omission[] Omissions);
