using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Binds the data of one file (documents, entities, events, facts, omitted passages) against the symbol table of every declaration:
/// what it costs depends on this file alone, and the result is the same whichever other files changed, as long as
/// no declaration did.
/// </summary>
public static class FileBinder
{
    public static FileBindingResult Bind(OntologyFileSyntax file, SymbolTable table, IDocumentSource documents) => Bind(file, table, documents, sink: null);

    /// <summary>
    /// Binds one file. With a <paramref name="sink"/>, each document, entity, event, fact and omitted passage goes to it
    /// as soon as it is bound, in the order of a data table, and the returned model holds none of them: a caller that
    /// makes objects from them (the run-time loader) never holds the model of a whole file. Records reach the sink only
    /// while the file is sound: no error reported, and none met that is reported elsewhere (then the result is
    /// <see cref="FileBindingResult.Incomplete"/>); after that, binding goes on for its diagnostics alone. With a sink,
    /// the binder also drops the syntax of each entity, event and fact from <paramref name="file"/> once it is bound, so
    /// the file must be the caller's alone and not read again.
    /// </summary>
    /// <param name="itemBound">Called after each document, entity, event, fact and omitted passage is bound, sound or not (the loader's progress and cancellation).</param>
    public static FileBindingResult Bind(OntologyFileSyntax file, SymbolTable table, IDocumentSource documents, IDataTableSink? sink, System.Action? itemBound = null)
    {
        if (!file.DeclaresData || table.FindDataFile(file.Path) is not { } entry)
        {
            return new FileBindingResult(null, default, default, DocumentUses.None); // no data, or no namespace (reported by the declaration step)
        }

        var context = new FileContext(table, documents, entry);
        var records = new Records(context, sink, itemBound);
        var documentPass = new DocumentPass(context);
        var documentModels = documentPass.BindDocuments(file);
        records.Documents(entry, documentModels);
        var uses = DocumentUses.Of(file, documentModels); // before the passes, which may drop the syntax it reads
        var release = sink is not null;
        var instancePass = new InstancePass(context, documentPass);
        instancePass.Run(file, records.Instance, release);
        FactPass.Run(file, context, documentPass, instancePass.KeyFacts, instancePass.Bound, records.Fact, release);
        context.Diagnostics.AddRange(ReferenceCycles.Find(instancePass.References.Where(r => instancePass.Bound.Contains(r.From))));
        documentPass.BindOmissions(file).ForEach(records.Omission);
        var diagnostics = context.Sorted();
        var needs = sink is null ? FilesNamedByEntities(instancePass.References, table, entry) : default;
        return new FileBindingResult(records.Model(entry, needs), instancePass.References.ToEquatableArray(), diagnostics, uses, context.MetErrorElsewhere);
    }

    /// <summary>The generated classes of the other data files that hold an entity this file's entities name, sorted.</summary>
    private static EquatableArray<string> FilesNamedByEntities(List<Reference> references, SymbolTable table, DataFileEntry file)
    {
        var needs = new SortedSet<string>(System.StringComparer.Ordinal);
        string? lastFile = null; // consecutive references mostly name entities of one file
        foreach (var reference in references)
        {
            // Only entities named by entities: the phase that reads entities never waits for an event, so a file whose
            // events an entity names is no reason to read that file first.
            if (!reference.FromEvent && table.FindInstance(reference.To) is { IsEvent: false, File: var to } && to != file.Path && to != lastFile
                && table.FindDataFile(lastFile = to) is { } named)
            {
                needs.Add(named.ClassName);
            }
        }

        return needs.ToEquatableArray();
    }

    /// <summary>Where bound records go: into the file's model, or to a sink while the file is sound.</summary>
    private sealed class Records
    {
        private readonly FileContext _context;
        private readonly IDataTableSink? _sink;
        private readonly List<InstanceModel> _instances = new();
        private readonly List<FactModel> _facts = new();
        private readonly List<OmissionModel> _omissions = new();
        private List<DocumentModel> _documents = new();

        // Made once: a method group passed per record would make a delegate per record.
        private readonly System.Action<InstanceModel>? _handInstance;
        private readonly System.Action<FactModel>? _handFact;
        private readonly System.Action<OmissionModel>? _handOmission;
        private readonly System.Action? _itemBound;

        public Records(FileContext context, IDataTableSink? sink, System.Action? itemBound)
        {
            _context = context;
            _sink = sink;
            _itemBound = itemBound;
            if (sink is not null)
            {
                _handInstance = sink.Instance;
                _handFact = sink.Fact;
                _handOmission = sink.Omission;
            }
        }

        private bool Sound => !_context.HasErrors && !_context.MetErrorElsewhere;

        /// <summary>The file's documents, which come first in a table: with a sink, the file and its documents are handed over.</summary>
        public void Documents(DataFileEntry entry, List<DocumentModel> documents)
        {
            for (var i = 0; _itemBound is not null && i < documents.Count; i++)
            {
                _itemBound();
            }

            if (_sink is null)
            {
                _documents = documents;
            }
            else if (Sound)
            {
                _sink.File(entry);
                documents.ForEach(_sink.Document);
            }
        }

        public void Instance(InstanceModel instance) => Add(_instances, instance, _handInstance);

        public void Fact(FactModel fact) => Add(_facts, fact, _handFact);

        public void Omission(OmissionModel omission) => Add(_omissions, omission, _handOmission);

        /// <summary>
        /// The file's model: everything bound, or (with a sink) only the file. Its entities come before its events, each
        /// in the order written: compiled data is read entities first (<see cref="Tables.DataPhase"/>), and the generated
        /// members index the instances in this order.
        /// </summary>
        public DataFileModel Model(DataFileEntry entry, EquatableArray<string> needs) =>
            new(entry, _documents.ToEquatableArray(), EntitiesFirst(_instances), _facts.ToEquatableArray(), _omissions.ToEquatableArray(), needs);

        private static EquatableArray<InstanceModel> EntitiesFirst(List<InstanceModel> instances)
        {
            var ordered = new InstanceModel[instances.Count];
            var next = 0;
            foreach (var events in new[] { false, true })
            {
                foreach (var instance in instances)
                {
                    if (instance.IsEvent == events)
                    {
                        ordered[next++] = instance;
                    }
                }
            }

            return EquatableArray<InstanceModel>.Adopt(ordered);
        }

        private void Add<T>(List<T> kept, T record, System.Action<T>? handOver)
        {
            _itemBound?.Invoke();
            if (handOver is null)
            {
                kept.Add(record);
            }
            else if (Sound)
            {
                handOver(record);
            }
        }
    }
}

/// <summary>
/// One file's bound data (null when the file holds none), the references its properties make (for the check of cycles
/// across files), its diagnostics, and the documents it declares and names (for the check of unused documents across
/// files).
/// </summary>
/// <param name="Incomplete">
/// True when binding left something out without a report of its own, as its cause is reported elsewhere (a reference to
/// a declaration whose error another file reports): a caller making objects must not use what this file gave.
/// </param>
public sealed record FileBindingResult(
    DataFileModel? Model, EquatableArray<Reference> References, EquatableArray<KgDiagnostic> Diagnostics, DocumentUses Documents, bool Incomplete = false);
