using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph;

/// <summary>
/// Makes typed entities, events and facts from a checked model through the generated factories of the schema.
/// Entities already in the builder, or compiled into the program, are reused, never copied.
/// </summary>
internal sealed class InstanceMaterializer
{
    private readonly OntologySchema _schema;
    private readonly GraphBuilder _builder;
    private readonly Dictionary<string, InstanceModel> _models;
    private readonly Dictionary<string, DocumentInfo> _documents;
    private readonly Dictionary<string, Entity> _created = new(StringComparer.Ordinal);

    public InstanceMaterializer(OntologySchema schema, GraphBuilder builder, OntologyModel model)
    {
        _schema = schema;
        _builder = builder;
        _models = model.Entities.Concat(model.Events).ToDictionary(i => i.Id, StringComparer.Ordinal);
        _documents = model.Documents.ToDictionary(
            d => d.Name,
            d => new DocumentInfo(d.Name, d.Path, d.Title, d.Published is { } published ? PartialDate.Parse(published) : null),
            StringComparer.Ordinal);
    }

    /// <summary>The entities made so far, in the order they were made (dependencies first).</summary>
    public List<Entity> Created { get; } = new();

    public Entity Resolve(string id)
    {
        if (_created.TryGetValue(id, out var made))
        {
            return made;
        }

        if ((_builder.Find(id) ?? _schema.FindCompiled(id)) is { } existing)
        {
            return existing;
        }

        var entity = Create(_models[id]);
        _created.Add(id, entity);
        Created.Add(entity);
        return entity;
    }

    public Fact CreateFact(FactModel fact)
    {
        var relation = _schema.FindRelation(fact.Relation)
            ?? throw new InvalidOperationException($"The compiled schema has no relation '{fact.Relation}'.");
        var origin = fact.Origin == Language.Model.FactOrigin.EntityKey ? FactOrigin.EntityKey : FactOrigin.Stated;
        return relation.Create(Resolve(fact.Subject), Resolve(fact.Object), new FactDetails(Time(fact.Time), Sources(fact.Sources), origin));
    }

    private Entity Create(InstanceModel model)
    {
        var values = model.Values.ToDictionary(
            a => a.Member.Name,
            a => (IReadOnlyList<object>)a.Values.Select(v => Value(a.Member, v)).ToArray(),
            StringComparer.Ordinal);
        var data = new EntityData(model.Id, model.DisplayName, model.Aliases.ToArray(), model.Doc, Sources(model.Sources), Time(model.Time), values);
        return _schema.Create(model.TypeName, data);
    }

    private object Value(MemberModel member, ValueModel value) => value.Kind switch
    {
        ValueKind.Entity => Resolve(value.Text),
        ValueKind.Enum => _schema.ParseEnum(member.Type.Name, value.Text),
        _ => ScalarValues.Convert(value.Scalar, value.Text),
    };

    private IReadOnlyList<SourceRef> Sources(IReadOnlyList<SourceModel> sources) =>
        sources.Select(s => new SourceRef(_documents[s.Document], s.Quote, s.Offset, s.Length, s.Line, s.Column)).ToArray();

    private static TimeExtent? Time(TimeModel? time) => time is null
        ? null
        : new TimeExtent(time.Start is { } start ? PartialDate.Parse(start) : null, time.End is { } end ? PartialDate.Parse(end) : null);
}
