using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;

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
    private readonly IReadOnlyDictionary<string, InstanceModel> _models;
    private readonly IReadOnlyDictionary<string, DocumentInfo> _documents;
    private readonly Dictionary<string, Entity> _created = new(StringComparer.Ordinal);

    public InstanceMaterializer(
        OntologySchema schema, Func<string, Entity?> existing, IReadOnlyDictionary<string, InstanceModel> models, IReadOnlyDictionary<string, DocumentInfo> documents)
    {
        _schema = schema;
        _existing = existing;
        _models = models;
        _documents = documents;
    }

    /// <summary>The entities made so far, in the order they were made (those they name first).</summary>
    public List<Entity> Created { get; } = new();

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
                var entity = Create(_models[current]);
                _created.Add(current, entity);
                Created.Add(entity);
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

    public Fact CreateFact(FactModel fact)
    {
        var relation = _schema.FindRelation(fact.Relation)
            ?? throw new InvalidOperationException($"The compiled schema has no relation '{fact.Relation}'.");
        var origin = fact.Origin == Language.Model.FactOrigin.EntityKey ? FactOrigin.EntityKey : FactOrigin.Stated;
        return relation.Create(Resolve(fact.Subject), Resolve(fact.Object), new FactDetails(Time(fact.Time), Sources(fact.Sources), origin));
    }

    private Entity? Known(string id) => _created.TryGetValue(id, out var made) ? made : _existing(id);

    private static IEnumerable<string> Named(InstanceModel model) =>
        model.Values.SelectMany(a => a.Values).Where(v => v.Kind == ValueKind.Entity).Select(v => v.Text);

    private Entity Create(InstanceModel model)
    {
        var values = new Dictionary<string, IReadOnlyList<object>>(model.Values.Count, StringComparer.Ordinal);
        foreach (var assignment in model.Values)
        {
            var items = new object[assignment.Values.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = Value(assignment.Member, assignment.Values[i]);
            }

            values[assignment.Member.Name] = items;
        }

        var data = new EntityData(model.Id, model.DisplayName, model.Aliases.ToArray(), model.Doc, Sources(model.Sources), Time(model.Time), values);
        return _schema.Create(model.TypeName, data);
    }

    private object Value(MemberModel member, ValueModel value) => value.Kind switch
    {
        ValueKind.Entity => Known(value.Text) ?? throw new InvalidOperationException($"'{value.Text}' was not made before the entity that names it."),
        ValueKind.Enum => _schema.ParseEnum(member.Type.Name, value.Text),
        _ => ScalarValues.Convert(value.Scalar, value.Text),
    };

    private IReadOnlyList<SourceRef> Sources(IReadOnlyList<SourceModel> sources)
    {
        if (sources.Count == 0)
        {
            return Array.Empty<SourceRef>();
        }

        var refs = new SourceRef[sources.Count];
        for (var i = 0; i < refs.Length; i++)
        {
            var s = sources[i];
            refs[i] = new SourceRef(_documents[s.Document], s.Quote, s.Offset, s.Length, s.Line, s.Column);
        }

        return refs;
    }

    private static TimeExtent? Time(TimeModel? time) => time is null
        ? null
        : new TimeExtent(time.Start is { } start ? PartialDate.Parse(start) : null, time.End is { } end ? PartialDate.Parse(end) : null);
}
