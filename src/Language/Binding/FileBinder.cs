using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Binds the data of one file (documents, entities, events, facts, omitted passages) against the symbol table of every declaration:
/// what it costs depends on this file alone, and the result is the same whichever other files changed, as long as
/// no declaration did.
/// </summary>
public static class FileBinder
{
    public static FileBindingResult Bind(OntologyFileSyntax file, SymbolTable table, IDocumentSource documents)
    {
        if (!file.DeclaresData || table.FindDataFile(file.Path) is not { } entry)
        {
            return new FileBindingResult(null, default, default, DocumentUses.None); // no data, or no namespace (reported by the declaration step)
        }

        var context = new FileContext(table, documents, entry);
        var documentPass = new DocumentPass(context);
        var documentModels = documentPass.BindDocuments(file);
        var instancePass = new InstancePass(context, documentPass);
        var instances = instancePass.Run(file);
        var valid = new HashSet<string>(instances.Select(i => i.Id), System.StringComparer.Ordinal);
        var facts = FactPass.Run(file, context, documentPass, instancePass.KeyFacts, valid);
        context.Diagnostics.AddRange(ReferenceCycles.Find(instancePass.References.Where(r => valid.Contains(r.From))));
        var omissions = documentPass.BindOmissions(file);
        var model = new DataFileModel(entry, documentModels.ToEquatableArray(), instances.ToEquatableArray(), facts.ToEquatableArray(), omissions.ToEquatableArray());
        var diagnostics = context.Sorted();
        return new FileBindingResult(model, instancePass.References.ToEquatableArray(), diagnostics, DocumentUses.Of(file, documentModels));
    }
}

/// <summary>
/// One file's bound data (null when the file holds none), the references its properties make (for the check of cycles
/// across files), its diagnostics, and the documents it declares and names (for the check of unused documents across
/// files).
/// </summary>
public sealed record FileBindingResult(DataFileModel? Model, EquatableArray<Reference> References, EquatableArray<KgDiagnostic> Diagnostics, DocumentUses Documents);
