using System;
using System.Collections.Generic;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Tables;

namespace KnowledgeGraph;

/// <summary>
/// Makes the documents, entities, events, facts and omitted passages of one load as the binder hands them over, so
/// that no model of a whole file is ever held: each record is dropped once its object is made. What names something
/// not made yet waits for <see cref="Finish"/>. Nothing here touches the builder or the loader: a load that fails
/// drops this object and leaves no trace.
/// </summary>
internal sealed class LoadedRecords : IDataTableSink
{
    private readonly InstanceMaterializer _materializer;
    private readonly Dictionary<string, DocumentInfo> _documents = new(StringComparer.Ordinal);
    private readonly List<string> _pendingInstances = new();
    private readonly List<(int Index, FactModel Fact)> _pendingFacts = new();
    private readonly List<Fact?> _facts = new();
    private bool _stopped;

    /// <param name="schema">The compiled schema, whose generated factories make the typed objects.</param>
    /// <param name="existing">An entity the graph holds already (compiled, or added by an earlier load or by code).</param>
    /// <param name="knownDocument">A document known before this load.</param>
    public LoadedRecords(OntologySchema schema, Func<string, Entity?> existing, Func<string, DocumentInfo> knownDocument)
    {
        _materializer = new InstanceMaterializer(schema, existing, name => _documents.TryGetValue(name, out var made) ? made : knownDocument(name));
    }

    /// <summary>The documents this load declares, in order.</summary>
    public List<DocumentInfo> Documents { get; } = new();

    /// <summary>The entities and events made, each after those its properties name (complete after <see cref="Finish"/>).</summary>
    public List<Entity> Entities => _materializer.Created;

    /// <summary>The facts made, in order (complete after <see cref="Finish"/>).</summary>
    public List<Fact> Facts { get; } = new();

    public List<Omission> Omissions { get; } = new();

    /// <summary>Ignores every record from now on: a file of the load has an error, so nothing will be added.</summary>
    public void Stop() => _stopped = true;

    public void File(DataFileEntry file)
    {
    }

    public void Document(DocumentModel document)
    {
        if (_stopped)
        {
            return;
        }

        var info = DocumentInfo.From(document);
        _documents[info.Id] = info;
        Documents.Add(info);
    }

    public void Instance(InstanceModel instance)
    {
        if (_stopped)
        {
            return;
        }

        if (_materializer.TryMake(instance) is null)
        {
            _pendingInstances.Add(instance.Id);
        }
    }

    public void Fact(FactModel fact)
    {
        if (_stopped)
        {
            return;
        }

        if (_materializer.Find(fact.Subject) is { } subject && _materializer.Find(fact.Object) is { } @object)
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
        if (!_stopped)
        {
            Omissions.Add(_materializer.CreateOmission(omission));
        }
    }

    /// <summary>Makes what waited for something named later; called once, when the load has no error.</summary>
    public void Finish()
    {
        if (_stopped)
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

        foreach (var fact in _facts)
        {
            Facts.Add(fact!);
        }

        _pendingInstances.Clear();
        _pendingFacts.Clear();
        _facts.Clear();
    }
}
