using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Binds the files of one ontology together, as the generator's steps do one by one: the declarations of every file
/// into a symbol table and the schema, then each file's data against that table, then the references across files.
/// </summary>
public static class Binder
{
    public static BindingResult Bind(IEnumerable<OntologyFileSyntax> files, IDocumentSource documents, BinderOptions? options = null)
    {
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var declared = DeclarationBinder.Declare(ordered.Select(DeclarationBinder.Declarations), options);
        var bound = ordered.Select(f => FileBinder.Bind(f, declared.Table, documents)).ToList();
        var diagnostics = ordered.SelectMany(f => f.Diagnostics)
            .Concat(declared.Diagnostics)
            .Concat(bound.SelectMany(b => b.Diagnostics))
            .Concat(ReferenceCycles.Find(bound.SelectMany(b => b.References), acrossFilesOnly: true));
        return new BindingResult(
            declared.Schema,
            bound.Where(b => b.Model is not null).Select(b => b.Model!).ToEquatableArray(),
            DiagnosticBag.Sort(diagnostics));
    }
}
