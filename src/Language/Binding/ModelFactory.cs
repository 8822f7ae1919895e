using System.Linq;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Turns bound type and relation symbols into the location-free model the emitter reads.</summary>
internal static class ModelFactory
{
    public static TypeModel Type(TypeSymbol type)
    {
        var all = TypePass.AllMembers(type);
        var inherited = type.Base is { IsBuiltIn: false } baseType ? TypePass.AllMembers(baseType).Select(m => m.Name).ToList() : new();
        var declared = all.Where(m => !inherited.Contains(m.Name));
        var implications = type.Supertypes
            .Where(s => s.Kind == BaseKind.Event && !s.IsBuiltIn)
            .OrderBy(s => s.Ancestors().Count())
            .SelectMany(s => s.Implications)
            .Distinct();
        var mixinInterfaces = type.Mixins.Select(m => m.InterfaceClrType);
        var interfaceBases = (type.Base is { } b ? new[] { b.IsBuiltIn || b.HasInterface ? b.InterfaceClrType : $"global::KnowledgeGraph.I{type.Kind}" } : new string[0])
            .Concat(mixinInterfaces);
        return new TypeModel(
            type.Name,
            type.Namespace,
            type.ClrName,
            type.Kind,
            type.Base!.ClassClrType,
            type.Syntax!.IsAbstract,
            type.HasInterface ? "I" + type.ClrName : null,
            interfaceBases.Distinct().ToEquatableArray(),
            (type.HasInterface ? new[] { type.InterfaceClrType } : new string[0]).Concat(mixinInterfaces).Distinct().ToEquatableArray(),
            type.Syntax.Doc,
            declared.Select(m => m.ToModel()).Where(m => m is not null).Select(m => m!).ToEquatableArray(),
            all.Select(m => m.ToModel()).Where(m => m is not null).Select(m => m!).ToEquatableArray(),
            implications.ToEquatableArray());
    }

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
            syntax.Doc);
    }

    private static ValueTypeModel End(TypeSymbol type) =>
        new(ValueKind.Entity, type.Name, ScalarType.None, type.ReferenceClrType);
}
