using System;
using System.Collections.Generic;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph;

/// <summary>
/// Makes the documents, entities, events, facts and omitted passages of one load as the binder hands them over, so
/// that no model of a whole file is ever held: each record is dropped once its object is made. A record that names
/// an entity or cites a document not made yet (declared later in its file, or in a later file of the load) waits for
/// <see cref="Finish"/>. Nothing here touches the builder or the loader: a load that fails drops this object and
/// leaves no trace.
/// </summary>
internal sealed class LoadedRecords : IDataTableSink
{
    private readonly InstanceMaterializer _materializer;
    private readonly Func<string, DocumentInfo?> _knownDocument;
    private readonly Dictionary<string, DocumentInfo> _documents = new(StringComparer.Ordinal);
    private readonly List<string> _pendingInstances = new();
    private readonly List<(int Index, FactModel Fact)> _pendingFacts = new();
    private readonly List<(int Index, OmissionModel Omission)> _pendingOmissions = new();
    private readonly List<Fact?> _facts = new();
    private readonly List<Omission?> _omissions = new();

    /// <param name="schema">The compiled schema, whose generated factories make the typed objects.</param>
    /// <param name="existing">An entity the graph holds already (compiled, or added by an earlier load or by code).</param>
    /// <param name="knownDocument">A document known before this load, or null.</param>
    public LoadedRecords(OntologySchema schema, Func<string, Entity?> existing, Func<string, DocumentInfo?> knownDocument)
    {
        _knownDocument = knownDocument;
        _materializer = new InstanceMaterializer(schema, existing, name => Document(name) ?? throw new InvalidOperationException($"The document '{name}' was not made before what cites it."));
    }

    /// <summary>The documents this load declares, in order.</summary>
    public List<DocumentInfo> Documents { get; } = new();

    /// <summary>The entities and events made, each after those its properties name (complete after <see cref="Finish"/>).</summary>
    public List<Entity> Entities => _materializer.Created;

    /// <summary>The facts made, in order (complete after <see cref="Finish"/>).</summary>
    public List<Fact> Facts { get; } = new();

    /// <summary>The omitted passages made, in order (complete after <see cref="Finish"/>).</summary>
    public List<Omission> Omissions { get; } = new();

    /// <summary>True once a file of the load had an error: records are ignored from then on, as nothing will be added.</summary>
    public bool Stopped { get; private set; }

    public void Stop() => Stopped = true;

    /// <summary>Nothing to do: the objects of a load are the same whichever file declares them.</summary>
    public void File(DataFileEntry file)
    {
    }

    public void Document(DocumentModel document)
    {
        if (!Stopped)
        {
            var info = DocumentInfo.From(document);
            _documents[info.Id] = info;
            Documents.Add(info);
        }
    }

    public void Instance(InstanceModel instance)
    {
        if (Stopped)
        {
            return;
        }

        if (!Cited(instance.Sources))
        {
            _materializer.Defer(instance);
            _pendingInstances.Add(instance.Id);
        }
        else if (_materializer.TryMake(instance) is null)
        {
            _pendingInstances.Add(instance.Id);
        }
    }

    public void Fact(FactModel fact)
    {
        if (Stopped)
        {
            return;
        }

        if (Cited(fact.Sources) && _materializer.Find(fact.Subject) is { } subject && _materializer.Find(fact.Object) is { } @object)
        {
            _facts.Add(_materializer.CreateFact(fact, subject, @object));
        }
        else
        {
            _pendingFacts.Add((_facts.Count, fact));
            _facts.Add(null);
        }
    }

    public void Omission(OmissionModel omission)
    {
        if (Stopped)
        {
            return;
        }

        if (Document(omission.Passage.Document) is not null)
        {
            _omissions.Add(_materializer.CreateOmission(omission));
        }
        else
        {
            _pendingOmissions.Add((_omissions.Count, omission));
            _omissions.Add(null);
        }
    }

    /// <summary>Makes what waited for something declared later; called once, when the load has no error.</summary>
    public void Finish()
    {
        if (Stopped)
        {
            throw new InvalidOperationException("A load with an error adds nothing.");
        }

        foreach (var id in _pendingInstances)
        {
            _materializer.Resolve(id);
        }

        foreach (var (index, fact) in _pendingFacts)
        {
            _facts[index] = _materializer.CreateFact(fact);
        }

        foreach (var (index, omission) in _pendingOmissions)
        {
            _omissions[index] = _materializer.CreateOmission(omission);
        }

        Facts.AddRange(_facts!);
        Omissions.AddRange(_omissions!);
        _facts.Clear();
        _omissions.Clear();
    }

    private DocumentInfo? Document(string name) => _documents.TryGetValue(name, out var made) ? made : _knownDocument(name);

    /// <summary>Whether every document <paramref name="sources"/> cite is made already.</summary>
    private bool Cited(EquatableArray<SourceModel> sources)
    {
        foreach (var source in sources)
        {
            if (Document(source.Document) is null)
            {
                return false;
            }
        }

        return true;
    }
}
