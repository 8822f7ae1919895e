using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>Writes one ontology type: a partial class, its interface when it is used as a mixin, and for events their roles and implications.</summary>
internal static class TypeEmitter
{
    public static void Write(SourceWriter writer, TypeModel type, string accessibility)
    {
        if (type.InterfaceClrName is { } interfaceName)
        {
            WriteInterface(writer, type, interfaceName, accessibility);
            writer.Line();
        }

        writer.Summary(type.Doc ?? $"{MappingReader.Capitalize(MessageText.Article(type.Name))} ({type.Kind.ToString().ToLowerInvariant()}) of the ontology.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        var bases = new[] { type.Base }.Concat(type.ImplementedInterfaces).Select(ClrTypes.Of);
        writer.Open($"{accessibility} {(type.IsAbstract ? "abstract " : string.Empty)}partial class {type.ClrName} : {string.Join(", ", bases)}");
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override string TypeName => \"{type.Name}\";");
        foreach (var member in type.DeclaredMembers)
        {
            writer.Line();
            writer.Summary(member.Doc ?? $"The {(member.IsRole ? "role" : "property")} '{member.Name}' ({member.Type.Name}{member.Cardinality.Suffix()}).");
            writer.Line(ClrTypes.Property(member));
        }

        WritePropertyValues(writer, type);
        if (type.Kind == BaseKind.Event)
        {
            WriteEventMembers(writer, type);
        }

        writer.Close();
    }

    private static void WriteInterface(SourceWriter writer, TypeModel type, string interfaceName, string accessibility)
    {
        writer.Summary($"What every {type.Name} is, for types that take {type.Name} as a mixin.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{accessibility} partial interface {interfaceName} : {string.Join(", ", type.InterfaceBases.Select(ClrTypes.Of))}");
        foreach (var member in type.AllMembers.Where(m => m.DeclaringType == type.Name))
        {
            writer.Line($"{ClrTypes.Of(member)} {member.ClrName} {{ get; }}");
        }

        writer.Close();
    }

    /// <summary>Every property's values by ontology name, for code that reads an entity without knowing its type (exports, dumps).</summary>
    private static void WritePropertyValues(SourceWriter writer, TypeModel type)
    {
        if (!type.DeclaredMembers.Any(m => !m.IsRole))
        {
            return;
        }

        const string Value = "global::KnowledgeGraph.PropertyValue";
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Open($"public override global::System.Collections.Generic.IEnumerable<{Value}> PropertyValues");
        writer.Open("get");
        foreach (var property in type.AllMembers.Where(m => !m.IsRole))
        {
            var name = $"\"{property.Name}\"";
            switch (property.Cardinality)
            {
                case Cardinality.ExactlyOne:
                    writer.Line($"yield return new {Value}({name}, {property.ClrName});");
                    break;
                case Cardinality.Optional:
                    writer.Line($"if ({property.ClrName} is {{ }} {Local(property)}) yield return new {Value}({name}, {Local(property)});");
                    break;
                default:
                    writer.Line($"foreach (var {Local(property)} in {property.ClrName}) yield return new {Value}({name}, {Local(property)});");
                    break;
            }
        }

        writer.Close();
        writer.Close();
    }

    private static void WriteEventMembers(SourceWriter writer, TypeModel type)
    {
        const string Binding = "global::KnowledgeGraph.RoleBinding";
        const string Entity = "global::KnowledgeGraph.Entity";
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Open($"public override global::System.Collections.Generic.IEnumerable<{Binding}> Roles");
        writer.Open("get");
        var roles = type.AllMembers.Where(m => m.IsRole).ToList();
        foreach (var role in roles)
        {
            var name = $"\"{role.Name}\"";
            switch (role.Cardinality)
            {
                case Cardinality.ExactlyOne:
                    writer.Line($"yield return new {Binding}({name}, ({Entity})(object){role.ClrName});");
                    break;
                case Cardinality.Optional:
                    writer.Line($"if ({role.ClrName} is {{ }} {Local(role)}) yield return new {Binding}({name}, ({Entity})(object){Local(role)});");
                    break;
                default:
                    writer.Line($"foreach (var {Local(role)} in {role.ClrName}) yield return new {Binding}({name}, ({Entity})(object){Local(role)});");
                    break;
            }
        }

        if (roles.Count == 0)
        {
            writer.Line("yield break;");
        }

        writer.Close();
        writer.Close();
        writer.Line();
        const string Implication = "global::KnowledgeGraph.Implication";
        var list = $"global::System.Collections.Generic.IReadOnlyList<{Implication}>";
        var items = type.Implications.Select(i => $"new {Implication}({ClrTypes.Of(i.RelationClass)}.Info, \"{i.SubjectRole}\", \"{i.ObjectRole}\")");
        writer.Line($"private static readonly {list} s_implications = new {Implication}[] {{ {string.Join(", ", items)} }};");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {list} Implications => s_implications;");
        WriteInvolving(writer, type);
        if (type.Endings.IsEmpty)
        {
            return;
        }

        const string Ending = "global::KnowledgeGraph.Ending";
        var endings = type.Endings.Select(e => $"new {Ending}({ClrTypes.Of(e.RelationClass)}.Info, {CSharpLiterals.Nullable(e.SubjectRole)}, {CSharpLiterals.Nullable(e.ObjectRole)})");
        writer.Line();
        writer.Line($"private static readonly global::System.Collections.Generic.IReadOnlyList<{Ending}> s_endings = new {Ending}[] {{ {string.Join(", ", endings)} }};");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override global::System.Collections.Generic.IReadOnlyList<{Ending}> Endings => s_endings;");
    }

    /// <summary>The typed "events of this type an entity took part in, with its role" (it hides a base event type's own).</summary>
    private static void WriteInvolving(SourceWriter writer, TypeModel type)
    {
        var hides = type.Base != QualifiedName.Sdk(nameof(BaseKind.Event)) ? "new " : string.Empty;
        writer.Line();
        writer.Line($"/// <summary>The {type.Name} events (subtypes included) that <paramref name=\"participant\"/> took part in, with its role, in time order.</summary>");
        writer.Line($"public static {hides}global::System.Collections.Generic.IEnumerable<global::KnowledgeGraph.Participation<{ClrTypes.Of(type.Class)}>> Involving(global::KnowledgeGraph.Graph graph, global::KnowledgeGraph.IEntity participant) =>");
        writer.Line($"    (graph ?? throw new global::System.ArgumentNullException(nameof(graph))).EventsOf<{ClrTypes.Of(type.Class)}>(participant);");
    }

    private static string Local(MemberModel role) => "__" + role.Name;
}
