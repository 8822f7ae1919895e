using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>The symbol tables and diagnostics of the declaration step: every name of every file, and the schema bound.</summary>
internal sealed class BindingContext : DiagnosticBag
{
    /// <param name="expectedInstances">How many entities and events are about to be declared: a large load's tables are made at their size, not grown.</param>
    public BindingContext(BinderOptions options, int expectedInstances = 0)
    {
        Options = options;
        Instances = new Dictionary<string, InstanceSymbol>(expectedInstances, StringComparer.Ordinal);
        InstanceOrder = new List<InstanceSymbol>(expectedInstances);
        foreach (var kind in new[] { Model.BaseKind.Actor, Model.BaseKind.Place, Model.BaseKind.Event })
        {
            var builtIn = new TypeSymbol(kind.ToString(), "KnowledgeGraph", kind.ToString(), null) { Kind = kind };
            Types.Add(builtIn.Name, builtIn);
        }

        Hierarchy = new TypeHierarchy<TypeSymbol, MemberSymbol>(t => t.Base, t => t.Mixins, t => t.Members, t => t.Name, m => m.Name);
    }

    public BinderOptions Options { get; }

    public TypeHierarchy<TypeSymbol, MemberSymbol> Hierarchy { get; }

    public Dictionary<string, TypeSymbol> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EnumSymbol> Enums { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RelationSymbol> Relations { get; } = new(StringComparer.Ordinal);

    /// <summary>Relation names and inverse names, as data may use them.</summary>
    public Dictionary<string, RelationUse> RelationNames { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DocumentSymbol> Documents { get; } = new(StringComparer.Ordinal);

    /// <summary>Entities and events, which share one space of ids.</summary>
    public Dictionary<string, InstanceSymbol> Instances { get; }

    /// <summary>Entities and events in the order they are declared.</summary>
    public List<InstanceSymbol> InstanceOrder { get; }

    public List<DocumentSymbol> DocumentOrder { get; } = new();

    public SortedSet<string> DataNamespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Files that declare data, with their namespace, by path.</summary>
    public SortedDictionary<string, string> DataFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="name"/> in <paramref name="table"/>, reporting both places when it is already there.</summary>
    public bool Declare<T>(Dictionary<string, T> table, Located name, T symbol, string what, Func<T, Located> nameOf, Func<T, string>? whatOf = null)
    {
        if (table.TryGetValue(name.Text, out var existing))
        {
            var first = nameOf(existing);
            Report(Descriptors.DuplicateName, name.Span, what, name.Text, first.Span);
            Report(Descriptors.DuplicateName, first.Span, whatOf?.Invoke(existing) ?? what, name.Text, name.Span);

            return false;
        }

        table.Add(name.Text, symbol);
        return true;
    }
}
