using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>The symbol tables and diagnostics shared by the binding passes.</summary>
internal sealed class BindingContext
{
    public BindingContext(BinderOptions options, IDocumentSource documents)
    {
        Options = options;
        DocumentSource = documents;
        foreach (var kind in new[] { Model.BaseKind.Actor, Model.BaseKind.Place, Model.BaseKind.Event })
        {
            var builtIn = new TypeSymbol(kind.ToString(), "KnowledgeGraph", kind.ToString(), null) { Kind = kind };
            builtIn.Supertypes.Add(builtIn);
            Types.Add(builtIn.Name, builtIn);
        }
    }

    public BinderOptions Options { get; }

    public IDocumentSource DocumentSource { get; }

    public List<KgDiagnostic> Diagnostics { get; } = new();

    public Dictionary<string, TypeSymbol> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EnumSymbol> Enums { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RelationSymbol> Relations { get; } = new(StringComparer.Ordinal);

    /// <summary>Relation names and inverse names, as data may use them.</summary>
    public Dictionary<string, RelationUse> RelationNames { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DocumentSymbol> Documents { get; } = new(StringComparer.Ordinal);

    /// <summary>Entities and events, which share one space of ids.</summary>
    public Dictionary<string, InstanceSymbol> Instances { get; } = new(StringComparer.Ordinal);

    public List<InstanceSymbol> Entities { get; } = new();

    public List<InstanceSymbol> Events { get; } = new();

    public List<(FactSyntax Syntax, string Namespace)> Facts { get; } = new();

    public SortedSet<string> DataNamespaces { get; } = new(StringComparer.Ordinal);

    public void Report(KgDiagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public void Report(KgDiagnosticDescriptor descriptor, SourceSpan span, params object?[] arguments) =>
        Diagnostics.Add(descriptor.At(span, arguments));

    /// <summary>Records <paramref name="name"/> in <paramref name="table"/>, reporting both places when it is already there.</summary>
    public bool Declare<T>(Dictionary<string, T> table, Located name, T symbol, string what, Func<T, Located> nameOf)
    {
        if (table.TryGetValue(name.Text, out var existing))
        {
            var first = nameOf(existing);
            Report(Descriptors.DuplicateName, name.Span, what, name.Text, first.Span);
            Report(Descriptors.DuplicateName, first.Span, what, name.Text, name.Span);
            return false;
        }

        table.Add(name.Text, symbol);
        return true;
    }

    /// <summary>True when <paramref name="name"/> can become a C# identifier; reports it otherwise.</summary>
    public bool CheckIdentifier(Located name)
    {
        if (Identifiers.Problem(name.Text) is { } problem)
        {
            Report(Descriptors.InvalidIdentifier, name.Span, name.Text, problem);
            return false;
        }

        return true;
    }
}
