using System.Collections.Generic;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>A type while binding: a built-in kind (Actor, Place, Event) or a declared type.</summary>
internal sealed class TypeSymbol
{
    public TypeSymbol(string name, string @namespace, string clrName, TypeSyntax? syntax)
    {
        Name = name;
        Namespace = @namespace;
        ClrName = clrName;
        Syntax = syntax;
    }

    public string Name { get; }

    public string Namespace { get; }

    public string ClrName { get; }

    public TypeSyntax? Syntax { get; }

    public bool IsBuiltIn => Syntax is null;

    public BaseKind Kind { get; set; }

    public TypeSymbol? Base { get; set; }

    public List<TypeSymbol> Mixins { get; } = new();

    /// <summary>Types used as mixins, and their ancestors, are also emitted as interfaces.</summary>
    public bool HasInterface { get; set; }

    /// <summary>False when the declaration itself is broken; such types are not emitted and not reported on again.</summary>
    public bool IsValid { get; set; } = true;

    public List<MemberSymbol> Members { get; } = new();

    public List<ImplicationModel> Implications { get; } = new();

    public List<EndingModel> Endings { get; } = new();


    /// <summary>The class the type becomes (for a built-in kind, the SDK's).</summary>
    public QualifiedName Class => new(Namespace, ClrName);

    /// <summary>The interface the type becomes when it has one (every built-in kind has one in the SDK).</summary>
    public QualifiedName Interface => new(Namespace, Identifiers.InterfaceName(ClrName));

    /// <summary>How values of this type are typed: by the interface when there is one, so that mixins conform.</summary>
    public QualifiedName Reference => IsBuiltIn || HasInterface ? Interface : Class;


    public IEnumerable<TypeSymbol> Ancestors()
    {
        for (var type = Base; type is not null; type = type.Base)
        {
            yield return type;
        }
    }

    public override string ToString() => Name;
}

internal sealed class MemberSymbol
{
    public MemberSymbol(MemberSyntax syntax, TypeSymbol owner, bool isRole, string clrName)
    {
        Syntax = syntax;
        Owner = owner;
        IsRole = isRole;
        ClrName = clrName;
    }

    public MemberSyntax Syntax { get; }

    public string Name => Syntax.Name.Text;

    public TypeSymbol Owner { get; }

    public bool IsRole { get; }

    public string ClrName { get; }

    public Cardinality Cardinality => Syntax.Cardinality;

    /// <summary>Null when the member's type could not be resolved (already reported).</summary>
    public ValueTypeModel? ValueType { get; set; }

    /// <summary>For entity-typed members, the type their values must conform to.</summary>
    public TypeSymbol? EntityType { get; set; }

    public List<string>? EnumMembers { get; set; }

    public string? DefaultValue { get; set; }

    /// <summary>True when a default was written but refused (already reported).</summary>
    public bool DefaultRefused { get; set; }

    /// <summary>The member's model, made once: every type below the owner lists the same object.</summary>
    public MemberModel? ToModel() => ValueType is null
        ? null
        : _model ??= new MemberModel(Name, ClrName, ValueType, Cardinality, DefaultValue, Syntax.Doc, IsRole, Owner.Name, DefaultRefused);

    private MemberModel? _model;
}

internal sealed class RelationSymbol
{
    public RelationSymbol(RelationSyntax syntax, string @namespace, string clrName)
    {
        Syntax = syntax;
        Namespace = @namespace;
        ClrName = clrName;
    }

    public RelationSyntax Syntax { get; }

    public string Name => Syntax.Name.Text;

    public string Namespace { get; }

    public string ClrName { get; }

    public TypeSymbol? From { get; set; }

    public TypeSymbol? To { get; set; }

    public bool IsValid => From is not null && To is not null;

    public QualifiedName Class => new(Namespace, ClrName);
}

/// <summary>A relation name as used in data: the relation itself, or its inverse (which swaps subject and object).</summary>
internal sealed record RelationUse(RelationSymbol Relation, bool IsInverse, Located Declaration);

internal sealed class InstanceSymbol
{
    public InstanceSymbol(InstanceSyntax syntax, string @namespace, string clrName, bool isEvent)
    {
        Syntax = syntax;
        Namespace = @namespace;
        ClrName = clrName;
        IsEvent = isEvent;
    }

    public InstanceSyntax Syntax { get; }

    public string Id => Syntax.Name.Text;

    public string Namespace { get; }

    public string ClrName { get; }

    public bool IsEvent { get; }

    public TypeSymbol? Type { get; set; }

    public bool IsValid { get; set; } = true;

}

internal sealed class DocumentSymbol
{
    public DocumentSymbol(DocumentSyntax syntax, string @namespace, string clrName)
    {
        Syntax = syntax;
        Namespace = @namespace;
        ClrName = clrName;
    }

    public DocumentSyntax Syntax { get; }

    public string Name => Syntax.Name.Text;

    public string Namespace { get; }

    public string ClrName { get; }

    public string ResolvedPath { get; set; } = string.Empty;
}

/// <summary>An enum and those of its members that can become C# identifiers without clashing.</summary>
internal sealed record EnumSymbol(EnumSyntax Syntax, string Namespace, string ClrName, IReadOnlyList<Located> Members)
{
    public QualifiedName Class => new(Namespace, ClrName);
}
