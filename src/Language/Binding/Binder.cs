using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Binds the files of one ontology together: resolves every name across files, checks types, kinds, cardinalities,
/// dates and quotes, and produces the model to emit plus every diagnostic (the files' own included).
/// </summary>
public static class Binder
{
    public static BindingResult Bind(IEnumerable<OntologyFileSyntax> files, IDocumentSource documents, BinderOptions? options = null)
    {
        var context = new BindingContext(options ?? BinderOptions.Default, documents);
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        foreach (var file in ordered)
        {
            context.Diagnostics.AddRange(file.Diagnostics);
        }

        DeclarationPass.Run(ordered, context);
        TypePass.ResolveHierarchy(context);
        TypePass.BindMembers(context);
        RelationPass.BindRelations(context);
        RelationPass.BindImplications(context);
        var documentPass = new DocumentPass(context);
        documentPass.BindDocuments();
        var instances = new InstancePass(context, documentPass);
        instances.Run();
        var facts = FactPass.Run(context, documentPass, instances.KeyFacts);

        var model = new OntologyModel(
            context.Enums.Values.OrderBy(e => e.Syntax.Name.Text, System.StringComparer.Ordinal).Select(ToModel).ToEquatableArray(),
            TypePass.Declared(context).Where(t => t.IsValid).Select(ModelFactory.Type).ToEquatableArray(),
            context.Relations.Values.Where(r => r.IsValid).OrderBy(r => r.Name, System.StringComparer.Ordinal).Select(ModelFactory.Relation).ToEquatableArray(),
            documentPass.Models().ToEquatableArray(),
            instances.Models(events: false).ToEquatableArray(),
            instances.Models(events: true).ToEquatableArray(),
            facts.ToEquatableArray(),
            context.DataNamespaces.ToEquatableArray());

        var diagnostics = context.Diagnostics
            .Distinct()
            .OrderBy(d => d.Span.Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ThenBy(d => d.Message, System.StringComparer.Ordinal)
            .ToEquatableArray();
        return new BindingResult(model, diagnostics);
    }

    private static EnumModel ToModel(EnumSymbol symbol) => new(
        symbol.Syntax.Name.Text,
        symbol.Namespace,
        symbol.ClrName,
        null,
        symbol.Members.Select(m => new EnumMemberModel(m.Text, Identifiers.ToPascal(m.Text))).ToEquatableArray());
}
