using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Tables;

namespace KnowledgeGraph;

/// <summary>
/// Every compiled entity, event, document and fact, made once from the generated data tables through the generated
/// factories (the same ones the run-time loader uses). The generated <c>Entities</c>, <c>Events</c> and <c>Documents</c>
/// classes and graph factories read from it; user code has no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CompiledData
{
    private readonly Dictionary<string, Entity[]> _instancesByFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentInfo[]> _documentsByFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);
    private readonly List<Entity> _entities = new();
    private readonly List<Entity> _events = new();
    private readonly Dictionary<string, List<Entity>> _entitiesIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> _eventsIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DocumentInfo>> _documentsIn = new(StringComparer.Ordinal);
    private readonly List<Fact> _facts = new();
    private readonly List<InstanceEntry> _declarations = new();
    private readonly Dictionary<string, string> _documentTexts = new(StringComparer.Ordinal);

    public CompiledData(OntologySchema schema, IReadOnlyList<DataTable> tables)
    {
        var files = tables.Select(t => DataTableFormat.Read(t.Text, t.ClassName, schema.Table)).ToList();
        var documents = new Dictionary<string, DocumentInfo>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var infos = file.Documents.Select(d => new DocumentInfo(d.Name, d.Path, d.Title, d.Published is { } p ? PartialDate.Parse(p) : null)).ToArray();
            _documentsByFile[file.File.ClassName] = infos;
            foreach (var (model, info) in file.Documents.Zip(infos, (m, i) => (m, i)))
            {
                documents[model.Name] = info;
                _documentTexts[model.Name] = model.Text;
                In(_documentsIn, file.File.Namespace).Add(info);
            }
        }

        var models = files.SelectMany(f => f.Instances).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var materializer = new InstanceMaterializer(schema, id => _byId.TryGetValue(id, out var made) ? made : null, models, documents);
        foreach (var file in files)
        {
            var instances = file.Instances.Select(i => materializer.Resolve(i.Id)).ToArray();
            _instancesByFile[file.File.ClassName] = instances;
            foreach (var (model, instance) in file.Instances.Zip(instances, (m, i) => (m, i)))
            {
                _byId[model.Id] = instance;
                (model.IsEvent ? _events : _entities).Add(instance);
                In(model.IsEvent ? _eventsIn : _entitiesIn, file.File.Namespace).Add(instance);
                _declarations.Add(new InstanceEntry(model.Id, model.Namespace, model.ClrName, model.IsEvent, model.TypeName, file.File.Path + " (compiled)"));
            }
        }

        foreach (var file in files)
        {
            _facts.AddRange(file.Facts.Select(materializer.CreateFact));
        }
    }

    /// <summary>The entities and events of one data table, in its order (what the generated members index).</summary>
    public Entity[] InstancesOf(string className) => _instancesByFile[className];

    public DocumentInfo[] DocumentsOf(string className) => _documentsByFile.TryGetValue(className, out var documents) ? documents : Array.Empty<DocumentInfo>();

    public IReadOnlyList<Entity> EntitiesIn(string @namespace) => In(_entitiesIn, @namespace).ToArray();

    public IReadOnlyList<Entity> EventsIn(string @namespace) => In(_eventsIn, @namespace).ToArray();

    public IReadOnlyList<DocumentInfo> DocumentsIn(string @namespace) => In(_documentsIn, @namespace).ToArray();

    public Entity? Find(string id) => _byId.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>Adds every compiled entity, then every event (with the facts it implies), then every stated fact.</summary>
    public void AddTo(GraphBuilder builder)
    {
        builder.AddRange(_entities);
        builder.AddRange(_events);
        builder.AddRange(_facts);
    }

    private static List<T> In<T>(Dictionary<string, List<T>> byNamespace, string @namespace)
    {
        if (!byNamespace.TryGetValue(@namespace, out var list))
        {
            byNamespace.Add(@namespace, list = new List<T>());
        }

        return list;
    }

    /// <summary>The compiled entities and events as the run-time loader's symbol table knows them.</summary>
    internal IReadOnlyList<InstanceEntry> Declarations => _declarations;

    /// <summary>Every compiled document.</summary>
    internal IEnumerable<DocumentInfo> AllDocuments => _documentsByFile.Values.SelectMany(d => d);

    /// <summary>The text of a compiled document, by name (the run-time loader checks quotes of loaded files in it).</summary>
    internal string? DocumentText(string name) => _documentTexts.TryGetValue(name, out var text) ? text : null;
}
