using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>What binding one file's data sees: the symbol table of every declaration, the documents, and the file's diagnostics.</summary>
internal sealed class FileContext : DiagnosticBag
{
    private readonly Dictionary<string, QuoteLocator?> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _undecodable = new(StringComparer.Ordinal);

    // A file asks the same few questions of the shared table thousands of times; answered here, they skip its lock.
    private readonly Dictionary<(TypeEntry Type, TypeEntry Required), bool> _conforms = new(ReferencePairComparer<TypeEntry>.Instance);
    private readonly Dictionary<TypeEntry, TypeMembers> _members = new(ReferenceEqualityComparer<TypeEntry>.Instance);

    public FileContext(SymbolTable table, IDocumentSource documents, DataFileEntry file)
    {
        Table = table;
        DocumentSource = documents;
        File = file;
    }

    public SymbolTable Table { get; }

    public IDocumentSource DocumentSource { get; }

    public DataFileEntry File { get; }

    /// <summary>
    /// The document's text, read once and made NFC; null when it could not be read, or holds U+FFFD where bytes were not
    /// UTF-8 (<see cref="Undecodable"/>): either is reported at the document, and quotes of it are not checked again.
    /// </summary>
    public QuoteLocator? Locator(DocumentEntry document)
    {
        if (!_documents.TryGetValue(document.ResolvedPath, out var locator))
        {
            var text = DocumentSource.GetText(document.ResolvedPath);
            var replaced = text?.IndexOf(UnicodeText.Replacement) ?? -1;
            if (replaced >= 0)
            {
                _undecodable[document.ResolvedPath] = UnicodeText.Position(text!, replaced);
            }

            locator = text is null || replaced >= 0 ? null : new QuoteLocator(UnicodeText.Normalize(text));
            _documents.Add(document.ResolvedPath, locator);
        }

        return locator;
    }

    /// <summary>Where the document's first U+FFFD is, when it has one.</summary>
    public (int Line, int Column)? Undecodable(DocumentEntry document) =>
        _undecodable.TryGetValue(document.ResolvedPath, out var at) ? at : null;

    /// <summary>True when a value of <paramref name="type"/> may stand where <paramref name="required"/> is asked for.</summary>
    public bool ConformsTo(TypeEntry type, TypeEntry required)
    {
        if (!_conforms.TryGetValue((type, required), out var conforms))
        {
            _conforms.Add((type, required), conforms = Table.ConformsTo(type, required));
        }

        return conforms;
    }

    /// <summary>Every property and role of <paramref name="type"/>, inherited ones first, with what binding an instance of it needs.</summary>
    public TypeMembers Members(TypeEntry type)
    {
        if (!_members.TryGetValue(type, out var members))
        {
            _members.Add(type, members = new TypeMembers(type, Table.AllMembers(type)));
        }

        return members;
    }

    /// <summary>The type of an instance declared anywhere, when it can have instances; null when its declaration is broken (reported there).</summary>
    public TypeEntry? UsableType(InstanceEntry instance) =>
        instance.TypeName is { } name && Table.FindType(name) is { IsValid: true, IsBuiltIn: false, IsAbstract: false } type
        && (type.Kind == BaseKind.Event) == instance.IsEvent
            ? type
            : null;

    /// <summary>
    /// Resolves an entity or event id that must conform to <paramref name="required"/>. Null when it is unknown or of the
    /// wrong kind (reported), or when the instance's own declaration is broken (reported there).
    /// </summary>
    /// <param name="end">Which end of a relation the value stands at ("subject", "object"), or null for the value of a property or role.</param>
    /// <param name="name">The relation, property or role: with <paramref name="end"/>, where the value stands, put into words only for a report.</param>
    public InstanceEntry? BindReference(Located value, TypeEntry required, string? end, string name)
    {
        if (Table.FindInstance(value.Text) is not { } instance)
        {
            Report(Descriptors.UnknownEntity, value.Span, value.Text, DidYouMean(value.Text, Table.AllInstanceIds));
            return null;
        }

        if (UsableType(instance) is not { } actual)
        {
            LeftOutForErrorElsewhere();
            return null;
        }

        if (!ConformsTo(actual, required))
        {
            var position = end is null ? $"'{name}'" : $"The {end} of '{name}'";
            Report(Descriptors.WrongEntityKind, value.Span, position, MessageText.Article(required.Name), value.Text, MessageText.Article(actual.Name));
            return null;
        }

        return instance;
    }
}
