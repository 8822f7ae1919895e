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
    /// while the file has no error; after the first, binding goes on for its diagnostics alone. With a sink, the binder
    /// also drops the syntax of each entity, event and fact from <paramref name="file"/> once it is bound, so the file
    /// must be the caller's alone and not read again.
    /// </summary>
    public static FileBindingResult Bind(OntologyFileSyntax file, SymbolTable table, IDocumentSource documents, IDataTableSink? sink)
    {
        if (!file.DeclaresData || table.FindDataFile(file.Path) is not { } entry)
        {
            return new FileBindingResult(null, default, default, DocumentUses.None); // no data, or no namespace (reported by the declaration step)
        }

        var context = new FileContext(table, documents, entry);
        var records = new Records(context, sink);
        var documentPass = new DocumentPass(context);
        var documentModels = documentPass.BindDocuments(file);
        records.Start(entry, documentModels);
        var uses = DocumentUses.Of(file, documentModels); // before the passes, which may drop the syntax it reads
        var release = sink is not null;
        var instancePass = new InstancePass(context, documentPass);
        instancePass.Run(file, records.Instances.Add, release);
        FactPass.Run(file, context, documentPass, instancePass.KeyFacts, instancePass.Bound, records.Facts.Add, release);
        context.Diagnostics.AddRange(ReferenceCycles.Find(instancePass.References.Where(r => instancePass.Bound.Contains(r.From))));
        foreach (var omission in documentPass.BindOmissions(file))
        {
            records.Omissions.Add(omission);
        }

        var model = new DataFileModel(entry, records.Documents.ToEquatableArray(), records.Instances.ToEquatableArray(), records.Facts.ToEquatableArray(), records.Omissions.ToEquatableArray());
        var diagnostics = context.Sorted();
        return new FileBindingResult(model, instancePass.References.ToEquatableArray(), diagnostics, uses);
    }

    /// <summary>Where bound records go: into lists for the file's model, or into a sink while the file has no error.</summary>
    private sealed class Records
    {
        private readonly FileContext _context;
        private readonly IDataTableSink? _sink;

        public Records(FileContext context, IDataTableSink? sink)
        {
            _context = context;
            _sink = sink;
            Instances = new Target<InstanceModel>(this, sink is null ? null : sink.Instance);
            Facts = new Target<FactModel>(this, sink is null ? null : sink.Fact);
            Omissions = new Target<OmissionModel>(this, sink is null ? null : sink.Omission);
        }

        public List<DocumentModel> Documents { get; private set; } = new();

        public Target<InstanceModel> Instances { get; }

        public Target<FactModel> Facts { get; }

        public Target<OmissionModel> Omissions { get; }

        public void Start(DataFileEntry entry, List<DocumentModel> documents)
        {
            if (_sink is null)
            {
                Documents = documents;
                return;
            }

            if (!_context.HasErrors)
            {
                _sink.File(entry);
                documents.ForEach(_sink.Document);
            }
        }

        public sealed class Target<T>
        {
            private readonly Records _records;
            private readonly System.Action<T>? _sink;
            private readonly List<T> _kept = new();

            public Target(Records records, System.Action<T>? sink)
            {
                _records = records;
                _sink = sink;
            }

            public void Add(T record)
            {
                if (_sink is null)
                {
                    _kept.Add(record);
                }
                else if (!_records._context.HasErrors)
                {
                    _sink(record);
                }
            }

            public EquatableArray<T> ToEquatableArray() => _kept.ToEquatableArray();
        }
    }
}

/// <summary>
/// One file's bound data (null when the file holds none), the references its properties make (for the check of cycles
/// across files), its diagnostics, and the documents it declares and names (for the check of unused documents across
/// files).
/// </summary>
public sealed record FileBindingResult(DataFileModel? Model, EquatableArray<Reference> References, EquatableArray<KgDiagnostic> Diagnostics, DocumentUses Documents);
