using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph;

/// <summary>
/// Makes typed entities, events and facts from checked models through the generated factories of the schema. An
/// entity is made after the ones its properties name, with an explicit stack, so a chain of any length costs no
/// recursion. Entities that already exist (compiled, or in the builder) are reused, never copied.
/// </summary>
internal sealed class InstanceMaterializer
{
    private readonly OntologySchema _schema;
    private readonly Func<string, Entity?> _existing;
    private readonly Dictionary<string, InstanceModel> _models = new(StringComparer.Ordinal);
    private readonly Func<string, DocumentInfo> _document;
    private readonly Dictionary<string, Entity> _created = new(StringComparer.Ordinal);
    private EntityData _data = new(); // filled anew for each entity made: factories keep nothing of it
    private readonly Dictionary<string, (KeptInstance Record, Entity?[] Named)> _kept = new(StringComparer.Ordinal);
    private InstanceRecord _keptRecord = new(); // a kept record read again, one at a time
    private TableReader _keptReader = new(Array.Empty<byte>());
    private readonly Stack<string> _resolving = new();
    private readonly HashSet<string> _onStack = new(StringComparer.Ordinal);
    private readonly NameCache<Func<EntityData, Entity>> _factories;
    private readonly NameCache<RelationInfo> _relations;

    /// <param name="schema">The compiled schema, whose generated factories make the typed objects.</param>
    /// <param name="existing">An entity made before this materializer: compiled, or in the builder.</param>
    /// <param name="document">The document of a source, by id: every source names a checked one, made before what cites it.</param>
    public InstanceMaterializer(OntologySchema schema, Func<string, Entity?> existing, Func<string, DocumentInfo> document)
    {
        _schema = schema;
        _existing = existing;
        _document = document;
        _factories = new NameCache<Func<EntityData, Entity>>(schema.FactoryOf);
        _relations = new NameCache<RelationInfo>(name => schema.FindRelation(name) ?? throw new InvalidOperationException($"The compiled schema has no relation '{name}'."));
    }

    /// <summary>The entities made so far, in the order they were made (those they name first).</summary>
    public List<Entity> Created { get; } = new();

    /// <summary>The entity made or found for <paramref name="id"/> so far, or null.</summary>
    public Entity? Find(string id) => Known(id);

    /// <summary>
    /// Makes the entity now when everything it names is made already, or keeps its model for <see cref="Resolve"/>:
    /// data read in order is made as it is read, and its model can be dropped at once.
    /// </summary>
    [MethodImpl(BulkCode.Optimized)]
    public Entity? TryMake(InstanceModel model)
    {
        if (FirstUnmade(model) is not null)
        {
            _models[model.Id] = model;
            return null;
        }

        return Register(model.Id, Create(model));
    }

    /// <summary>
    /// Makes the entity of a compiled table's record now, straight from the record, when everything it names is made
    /// already; otherwise gives null, and the caller keeps the record (<see cref="InstanceRecord.Keep"/>, <see cref="Defer(KeptInstance, Entity?[])"/>).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="named">The entity each id number of the record's table stands for, as far as known; filled in here.</param>
    [MethodImpl(BulkCode.Optimized)]
    public Entity? TryMake(InstanceRecord record, Entity?[] named) => FirstUnmade(record, named) is null ? Make(record, named) : null;

    /// <summary>Makes room for <paramref name="instances"/> more entities, so that a large table's index of ids grows once.</summary>
    public void Expect(int instances)
    {
        _created.EnsureCapacity(_created.Count + instances);
        Created.EnsureCapacity(Created.Count + instances);
    }

    /// <summary>
    /// Lets go of what reading held (the last record read again, which names its table's reader and the read's strings,
    /// and the last entity's values) for a materializer kept after its tables are read, for <see cref="Find"/>.
    /// </summary>
    public void EndReading() => (_keptRecord, _keptReader, _data) = (new InstanceRecord(), new TableReader(Array.Empty<byte>()), new EntityData());

    /// <summary>Keeps a compiled record for <see cref="Resolve"/>, as its bytes (it names something not made yet), with its table's entities by number.</summary>
    public void Defer(KeptInstance record, Entity?[] named) => _kept[record.Id] = (record, named);

    /// <summary>Keeps the entity's model for <see cref="Resolve"/>, without trying to make it now (it cites a document not made yet).</summary>
    public void Defer(InstanceModel model) => _models[model.Id] = model;

    /// <summary>
    /// The entity of <paramref name="id"/>, made now if it waits, after every waiting entity it names (depth first, with
    /// an explicit stack). A model is dropped once its entity is made.
    /// </summary>
    [MethodImpl(BulkCode.Optimized)]
    public Entity Resolve(string id)
    {
        if (Known(id) is { } known)
        {
            return known;
        }

        _resolving.Clear();
        _onStack.Clear();
        _resolving.Push(id);
        _onStack.Add(id);
        while (_resolving.Count > 0)
        {
            var current = _resolving.Peek();
            if (MakeIfReady(current) is not { } missing)
            {
                _resolving.Pop();
                _onStack.Remove(current);
                continue;
            }

            if (!_onStack.Add(missing))
            {
                throw new InvalidOperationException($"The properties of '{current}' and '{missing}' name each other in a cycle; such data cannot be made.");
            }

            _resolving.Push(missing);
        }

        return _created[id];
    }

    [MethodImpl(BulkCode.Optimized)]
    public Fact CreateFact(FactModel fact) => CreateFact(fact, Resolve(fact.Subject), Resolve(fact.Object));

    /// <summary>The fact between two entities already found (a caller that has looked them up need not again).</summary>
    [MethodImpl(BulkCode.Optimized)]
    public Fact CreateFact(FactModel fact, Entity subject, Entity @object) => CreateFact(fact.Relation, fact.Time, fact.Sources, fact.Origin, subject, @object);

    /// <summary>The fact of a compiled table's record, between two entities already found.</summary>
    public Fact CreateFact(FactRecord fact, Entity subject, Entity @object) => CreateFact(fact.Relation, fact.Time, fact.Sources, fact.Origin, subject, @object);

    [MethodImpl(BulkCode.Optimized)]
    private Fact CreateFact(string relationName, TimeModel? time, EquatableArray<SourceModel> sources, Language.Model.FactOrigin origin, Entity subject, Entity @object)
    {
        var relation = _relations[relationName];
        var key = origin == Language.Model.FactOrigin.EntityKey;
        var details = time is null && sources.Count == 0
            ? key ? PlainKeyFact : PlainStatedFact
            : new FactDetails(Time(time), Sources(sources), key ? FactOrigin.EntityKey : FactOrigin.Stated);
        return relation.Create(subject, @object, details);
    }

    // A fact with no time and no source has the same details as any other of its origin: immutable, so shared.
    private static readonly FactDetails PlainStatedFact = new(null, Array.Empty<SourceRef>(), FactOrigin.Stated);
    private static readonly FactDetails PlainKeyFact = new(null, Array.Empty<SourceRef>(), FactOrigin.EntityKey);

    /// <summary>An omitted passage; its document is one of those known to this materializer.</summary>
    public Omission CreateOmission(OmissionModel omission) =>
        new(Source(omission.Passage), Enum.Parse<OmissionReason>(omission.Reason, ignoreCase: true), omission.Note);

    [MethodImpl(BulkCode.Optimized)]
    private Entity Make(InstanceRecord record, Entity?[] named)
    {
        var data = _data;
        data.Reset(record.Id, record.DisplayName, record.Aliases, record.Doc, Sources(record.Sources), Time(record.Time));
        for (var a = 0; a < record.AssignmentCount; a++)
        {
            var member = record.Member(a);
            var items = data.Slot(member.Name, record.ValueCount(a));
            for (var i = 0; i < record.ValueCount(a); i++)
            {
                items[i] = member.Type.Kind == ValueKind.Entity
                    ? Named(record.ValueNumber(a, i), record.Value(a, i), named) ?? throw NotMadeYet(record.Value(a, i))
                    : Value(member, member.Type.Kind, member.Type.Scalar, record.Value(a, i));
            }
        }

        var made = Register(record.Id, _factories[record.TypeName](data));
        named[record.Ordinal] = made;
        return made;
    }

    private static InvalidOperationException NotMadeYet(string id) => new($"'{id}' was not made before the entity that names it.");

    /// <summary>
    /// The entity that id number <paramref name="number"/> of a compiled table (<paramref name="id"/>) stands for, if
    /// made: kept by number in <paramref name="named"/> once its table made it or found it, else found by id (once per
    /// table for an id of another file, which is kept then).
    /// </summary>
    public Entity? Named(int number, string id, Entity?[] named)
    {
        if (named[number] is { } known)
        {
            return known;
        }

        var found = Known(id);
        named[number] = found;
        return found;
    }

    /// <summary>The first entity the record names that is not made yet, or null.</summary>
    private string? FirstUnmade(InstanceRecord record, Entity?[] named)
    {
        for (var a = 0; a < record.AssignmentCount; a++)
        {
            if (record.Member(a).Type.Kind != ValueKind.Entity)
            {
                continue;
            }

            for (var i = 0; i < record.ValueCount(a); i++)
            {
                if (Named(record.ValueNumber(a, i), record.Value(a, i), named) is null)
                {
                    return record.Value(a, i);
                }
            }
        }

        return null;
    }

    private Entity Register(string id, Entity entity)
    {
        // Bound data never declares an id twice; a compiled table that does is damaged.
        if (!_created.TryAdd(id, entity))
        {
            throw new FormatException($"The compiled data declares '{id}' twice; rebuild the project with this version of KnowledgeGraph.");
        }

        Created.Add(entity);
        return entity;
    }

    private Entity? Known(string id) => _created.TryGetValue(id, out var made) ? made : _existing(id);

    /// <summary>Makes the waiting entity <paramref name="id"/> and gives null, or gives the first entity it names that is not made yet.</summary>
    private string? MakeIfReady(string id)
    {
        if (_models.TryGetValue(id, out var model))
        {
            if (FirstUnmade(model) is { } missing)
            {
                return missing;
            }

            _models.Remove(id);
            Register(id, Create(model));
            return null;
        }

        var record = _keptRecord;
        var (kept, named) = _kept[id];
        kept.ReadInto(record, _keptReader);
        if (FirstUnmade(record, named) is { } unmade)
        {
            return unmade;
        }

        _kept.Remove(id);
        Make(record, named);
        return null;
    }

    /// <summary>The first entity the model names that is not made yet, or null.</summary>
    private string? FirstUnmade(InstanceModel model)
    {
        for (var m = 0; m < model.Values.Count; m++)
        {
            var assignment = model.Values[m];
            for (var i = 0; i < assignment.Values.Count; i++)
            {
                var value = assignment.Values[i];
                if (value.Kind == ValueKind.Entity && Known(value.Text) is null)
                {
                    return value.Text;
                }
            }
        }

        return null;
    }

    [MethodImpl(BulkCode.Optimized)]
    private Entity Create(InstanceModel model)
    {
        var aliases = model.Aliases.Count == 0 ? Array.Empty<string>() : model.Aliases.ToArray();
        var data = _data;
        data.Reset(model.Id, model.DisplayName, aliases, model.Doc, Sources(model.Sources), Time(model.Time));
        for (var m = 0; m < model.Values.Count; m++)
        {
            var assignment = model.Values[m];
            var items = data.Slot(assignment.Member.Name, assignment.Values.Count);
            for (var i = 0; i < assignment.Values.Count; i++)
            {
                var value = assignment.Values[i];
                items[i] = Value(assignment.Member, value.Kind, value.Scalar, value.Text);
            }
        }

        return _factories[model.TypeName](data);
    }

    [MethodImpl(BulkCode.Optimized)]
    private object Value(MemberModel member, ValueKind kind, ScalarType scalar, string text) => kind switch
    {
        ValueKind.Entity => Known(text) ?? throw NotMadeYet(text),
        ValueKind.Enum => _schema.ParseEnum(member.Type.Name, text),
        _ => ScalarValues.Convert(scalar, text),
    };

    [MethodImpl(BulkCode.Optimized)]
    private IReadOnlyList<SourceRef> Sources(EquatableArray<SourceModel> sources)
    {
        if (sources.Count == 0)
        {
            return Array.Empty<SourceRef>();
        }

        var refs = new SourceRef[sources.Count];
        for (var i = 0; i < refs.Length; i++)
        {
            refs[i] = Source(sources[i]);
        }

        return refs;
    }

    private SourceRef Source(SourceModel s) => new(_document(s.Document), s.Quote, s.Offset, s.Length, s.Line, s.Column);

    private static TimeExtent? Time(TimeModel? time) => time is null
        ? null
        : new TimeExtent(time.Start is { } start ? PartialDate.Parse(start) : null, time.End is { } end ? PartialDate.Parse(end) : null);
}
