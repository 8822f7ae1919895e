using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Turns bound type, enum and relation symbols into the location-free model the emitter reads and the symbol table.</summary>
internal static class ModelFactory
{
    public static TypeModel Type(TypeSymbol type, BindingContext context)
    {
        var all = TypePass.AllMembers(type, context);
        var inherited = type.Base is { IsBuiltIn: false } baseType
            ? new HashSet<string>(TypePass.AllMembers(baseType, context).Select(m => m.Name), System.StringComparer.Ordinal)
            : new HashSet<string>();
        var declared = all.Where(m => !inherited.Contains(m.Name));
        var implications = type.Kind != BaseKind.Event
            ? Enumerable.Empty<ImplicationModel>()
            : context.Hierarchy.Supertypes(type)
                .Where(s => !s.IsBuiltIn)
                .OrderBy(context.Hierarchy.Depth)
                .SelectMany(s => s.Implications)
                .Distinct();
        var mixinInterfaces = type.Mixins.Select(m => m.Interface);
        var interfaceBases = (type.Base is { } b ? new[] { b.IsBuiltIn || b.HasInterface ? b.Interface : QualifiedName.Sdk(Identifiers.InterfaceName(type.Kind.ToString())) } : new QualifiedName[0])
            .Concat(mixinInterfaces);
        return new TypeModel(
            type.Name,
            type.Namespace,
            type.ClrName,
            type.Kind,
            type.Base!.Class,
            type.Syntax!.IsAbstract,
            type.HasInterface ? Identifiers.InterfaceName(type.ClrName) : null,
            interfaceBases.Distinct().ToEquatableArray(),
            (type.HasInterface ? new[] { type.Interface } : new QualifiedName[0]).Concat(mixinInterfaces).Distinct().ToEquatableArray(),
            type.Syntax.Doc,
            declared.Select(m => m.ToModel()).Where(m => m is not null).Select(m => m!).ToEquatableArray(),
            all.Select(m => m.ToModel()).Where(m => m is not null).Select(m => m!).ToEquatableArray(),
            implications.ToEquatableArray(),
            (type.Kind != BaseKind.Event
                ? Enumerable.Empty<EndingModel>()
                : context.Hierarchy.Supertypes(type).Where(s => !s.IsBuiltIn).OrderBy(context.Hierarchy.Depth).SelectMany(s => s.Endings).Distinct())
                .ToEquatableArray());
    }

    /// <summary>A type as the symbol table keeps it: its place in the hierarchy and the members it declares.</summary>
    public static TypeEntry Entry(TypeSymbol type) => new(
        type.Name,
        type.Namespace,
        type.ClrName,
        type.Kind,
        type.Syntax?.IsAbstract ?? false,
        type.IsBuiltIn || type.IsValid,
        type.HasInterface,
        type.Base?.Name,
        type.Mixins.Select(m => m.Name).ToEquatableArray(),
        type.Members.Select(m => m.ToModel()).Where(m => m is not null).Select(m => m!).ToEquatableArray(),
        type.Syntax?.Doc,
        type.Members.Where(m => m.ValueType is null).Select(m => m.Name).ToEquatableArray());

    public static EnumModel Enum(EnumSymbol symbol) => new(
        symbol.Syntax.Name.Text,
        symbol.Namespace,
        symbol.ClrName,
        null,
        symbol.Members.Select(m => new EnumMemberModel(m.Text, Identifiers.ToPascal(m.Text))).ToEquatableArray());

    public static RelationModel Relation(RelationSymbol relation)
    {
        var syntax = relation.Syntax;
        return new RelationModel(
            relation.Name,
            relation.Namespace,
            relation.ClrName,
            syntax.Label ?? RelationPass.DefaultLabel(relation.Name),
            End(relation.From!),
            End(relation.To!),
            syntax.Inverse?.Text,
            syntax.Inverse is { } inverse ? Identifiers.ToPascal(inverse.Text) : null,
            syntax.Transitive,
            syntax.Doc,
            syntax.Lasting);
    }

    private static ValueTypeModel End(TypeSymbol type) =>
        new(ValueKind.Entity, type.Name, ScalarType.None, type.Reference);
}
