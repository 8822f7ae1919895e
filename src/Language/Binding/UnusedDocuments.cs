using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// A document that no source quotes and no omitted passage names is most likely a leftover or a misspelt id: KG0044, a
/// warning, at its declaration. A document counts as named wherever a file writes its id, whether or not the source
/// that names it has errors of its own, so one mistake does not also give this warning.
/// </summary>
public static class UnusedDocuments
{
    /// <summary>The warnings for the documents of <paramref name="files"/> that none of them names.</summary>
    public static IEnumerable<KgDiagnostic> Find(IEnumerable<DocumentUses> files)
    {
        var all = files.ToList();
        var named = new HashSet<string>(all.SelectMany(f => f.Named), System.StringComparer.Ordinal);
        return all.SelectMany(f => f.Declared)
            .Where(d => !named.Contains(d.Text))
            .Select(d => Descriptors.UnusedDocument.At(d.Span, d.Text));
    }
}

/// <summary>The documents one file declares, and the ids of documents its sources and omitted passages name.</summary>
public sealed record DocumentUses(EquatableArray<Located> Declared, EquatableArray<string> Named)
{
    public static DocumentUses None { get; } = new(default, default);

    /// <param name="bound">The documents of the file that bound without error: one with an error is left out, as that error is the one to fix.</param>
    public static DocumentUses Of(OntologyFileSyntax file, IEnumerable<DocumentModel> bound)
    {
        var valid = new HashSet<string>(bound.Select(d => d.Name), System.StringComparer.Ordinal);
        var declared = file.Documents.Select(d => d.Name).Where(name => valid.Contains(name.Text));
        var named = FileItems.NamedDocuments(file)
            .Concat(file.Omissions.Where(o => o.Document is not null).Select(o => o.Document!.Text))
            .Distinct(System.StringComparer.Ordinal);
        return new DocumentUses(declared.ToEquatableArray(), named.ToEquatableArray());
    }
}
