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

    /// <param name="schema">The compiled schema, whose generated factories make the typed objects.</param>
    /// <param name="existing">An entity made before this materializer: compiled, or in the builder.</param>
    /// <param name="document">The document of a source, by id: every source names a checked one, made before what cites it.</param>
    public InstanceMaterializer(OntologySchema schema, Func<string, Entity?> existing, Func<string, DocumentInfo> document)
    {
        _schema = schema;
        _existing = existing;
        _document = document;
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
        for (var m = 0; m < model.Values.Count; m++)
        {
            var assignment = model.Values[m];
            for (var i = 0; i < assignment.Values.Count; i++)
            {
                var value = assignment.Values[i];
                if (value.Kind == ValueKind.Entity && Known(value.Text) is null)
                {
                    _models[model.Id] = model;
                    return null;
                }
            }
        }

        return Register(model.Id, Create(model));
    }

    /// <summary>
    /// Makes the entity of a compiled table's record now, straight from the record, when everything it names is made
    /// already; otherwise gives null, and the caller keeps the record's model with <see cref="Defer"/>.
    /// </summary>
    [MethodImpl(BulkCode.Optimized)]
    public Entity? TryMake(InstanceRecord record)
    {
        for (var a = 0; a < record.AssignmentCount; a++)
        {
            if (record.Member(a).Type.Kind != ValueKind.Entity)
            {
                continue;
            }

            for (var i = 0; i < record.ValueCount(a); i++)
            {
                if (Known(record.Value(a, i)) is null)
                {
                    return null;
                }
            }
        }

        var members = new string[record.AssignmentCount];
        var values = new object[members.Length][];
        for (var a = 0; a < members.Length; a++)
        {
            var member = record.Member(a);
            var items = new object[record.ValueCount(a)];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = Value(member, member.Type.Kind, member.Type.Scalar, record.Value(a, i));
            }

            members[a] = member.Name;
            values[a] = items;
        }

        var data = new EntityData(record.Id, record.DisplayName, record.Aliases, record.Doc, Sources(record.Sources), Time(record.Time), members, values);
        return Register(record.Id, _schema.Create(record.TypeName, data));
    }

    /// <summary>Keeps the entity's model for <see cref="Resolve"/>, without trying to make it now (it cites a document not made yet).</summary>
    public void Defer(InstanceModel model) => _models[model.Id] = model;

    [MethodImpl(BulkCode.Optimized)]
    public Entity Resolve(string id)
    {
        if (Known(id) is { } known)
        {
            return known;
        }

        var pending = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal) { id };
        pending.Push(id);
        while (pending.Count > 0)
        {
            var current = pending.Peek();
            var missing = Named(_models[current]).FirstOrDefault(target => Known(target) is null);
            if (missing is null)
            {
                pending.Pop();
                onStack.Remove(current);
                Register(current, Create(_models[current]));
                continue;
            }

            if (!onStack.Add(missing))
            {
                throw new InvalidOperationException($"The properties of '{current}' and '{missing}' name each other in a cycle; such data cannot be made.");
            }

            pending.Push(missing);
        }

        return _created[id];
    }

    [MethodImpl(BulkCode.Optimized)]
    public Fact CreateFact(FactModel fact) => CreateFact(fact, Resolve(fact.Subject), Resolve(fact.Object));

    /// <summary>The fact between two entities already found (a caller that has looked them up need not again).</summary>
    [MethodImpl(BulkCode.Optimized)]
    public Fact CreateFact(FactModel fact, Entity subject, Entity @object)
    {
        var relation = _schema.FindRelation(fact.Relation)
            ?? throw new InvalidOperationException($"The compiled schema has no relation '{fact.Relation}'.");
        var origin = fact.Origin == Language.Model.FactOrigin.EntityKey ? FactOrigin.EntityKey : FactOrigin.Stated;
        return relation.Create(subject, @object, new FactDetails(Time(fact.Time), Sources(fact.Sources), origin));
    }

    /// <summary>An omitted passage; its document is one of those known to this materializer.</summary>
    public Omission CreateOmission(OmissionModel omission) =>
        new(Source(omission.Passage), Enum.Parse<OmissionReason>(omission.Reason, ignoreCase: true), omission.Note);

    private Entity Register(string id, Entity entity)
    {
        _created.Add(id, entity);
        Created.Add(entity);
        return entity;
    }

    private Entity? Known(string id) => _created.TryGetValue(id, out var made) ? made : _existing(id);

    private static IEnumerable<string> Named(InstanceModel model) =>
        model.Values.SelectMany(a => a.Values).Where(v => v.Kind == ValueKind.Entity).Select(v => v.Text);

    [MethodImpl(BulkCode.Optimized)]
    private Entity Create(InstanceModel model)
    {
        var members = new string[model.Values.Count];
        var values = new object[members.Length][];
        for (var m = 0; m < members.Length; m++)
        {
            var assignment = model.Values[m];
            var items = new object[assignment.Values.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var value = assignment.Values[i];
                items[i] = Value(assignment.Member, value.Kind, value.Scalar, value.Text);
            }

            members[m] = assignment.Member.Name;
            values[m] = items;
        }

        var aliases = model.Aliases.Count == 0 ? Array.Empty<string>() : model.Aliases.ToArray();
        var data = new EntityData(model.Id, model.DisplayName, aliases, model.Doc, Sources(model.Sources), Time(model.Time), members, values);
        return _schema.Create(model.TypeName, data);
    }

    [MethodImpl(BulkCode.Optimized)]
    private object Value(MemberModel member, ValueKind kind, ScalarType scalar, string text) => kind switch
    {
        ValueKind.Entity => Known(text) ?? throw new InvalidOperationException($"'{text}' was not made before the entity that names it."),
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
