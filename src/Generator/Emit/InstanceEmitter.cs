using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>
/// Emits the static <c>Entities</c>, <c>Events</c> and <c>Documents</c> classes of a namespace. Each entity is
/// created on first use (after the entities its properties name), once, even when several threads ask.
/// </summary>
internal static class InstanceEmitter
{
    public static GeneratedFile EmitInstances(string @namespace, bool events, IReadOnlyList<InstanceModel> instances, string accessibility)
    {
        var className = events ? "Events" : "Entities";
        var writer = GeneratedFile.Start(@namespace);
        writer.Line($"/// <summary>The {(events ? "events" : "entities")} the ontology files of namespace {@namespace} declare.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{accessibility} static partial class {className}");
        foreach (var instance in instances)
        {
            var field = "s_" + instance.ClrName;
            writer.Line($"private static {instance.TypeClrType}? {field};");
            writer.Line();
            writer.Line($"/// <summary>{SourceWriter.Escape(instance.DisplayName)} (<c>{SourceWriter.Escape(instance.Id)}</c>, a {instance.TypeName}).</summary>");
            writer.Line($"public static {instance.TypeClrType} {instance.ClrName} =>");
            writer.Line($"    global::System.Threading.LazyInitializer.EnsureInitialized(ref {field}, static () => new {instance.TypeClrType}");
            writer.Line("    {");
            foreach (var line in Initializers(instance))
            {
                writer.Line($"        {line},");
            }

            writer.Line("    });");
            writer.Line();
        }

        writer.Line($"/// <summary>Every {(events ? "event" : "entity")} of this class, in declaration order.</summary>");
        var items = string.Join(", ", instances.Select(i => i.ClrName));
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::KnowledgeGraph.Entity> All => new global::KnowledgeGraph.Entity[] {{ {items} }};");
        writer.Close();
        writer.Close();
        return new GeneratedFile($"{@namespace}.{className}.g.cs", writer.ToString());
    }

    public static GeneratedFile EmitDocuments(string @namespace, IReadOnlyList<DocumentModel> documents, string accessibility)
    {
        var writer = GeneratedFile.Start(@namespace);
        writer.Line($"/// <summary>The documents the ontology files of namespace {@namespace} quote.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{accessibility} static partial class Documents");
        foreach (var document in documents)
        {
            var published = document.Published is { } date ? $"global::KnowledgeGraph.PartialDate.Parse(\"{date}\")" : "null";
            writer.Line($"/// <summary>{SourceWriter.Escape(document.Title ?? document.Name)} (<c>{SourceWriter.Escape(document.Path)}</c>).</summary>");
            writer.Line($"public static global::KnowledgeGraph.DocumentInfo {document.ClrName} {{ get; }} = new global::KnowledgeGraph.DocumentInfo({CSharpLiterals.String(document.Name)}, {CSharpLiterals.String(document.Path)}, {CSharpLiterals.Nullable(document.Title)}, {published});");
            writer.Line();
        }

        writer.Line("/// <summary>Every document of this class.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::KnowledgeGraph.DocumentInfo> All => new global::KnowledgeGraph.DocumentInfo[] {{ {string.Join(", ", documents.Select(d => d.ClrName))} }};");
        writer.Close();
        writer.Close();
        return new GeneratedFile($"{@namespace}.Documents.g.cs", writer.ToString());
    }

    public static string Time(TimeModel? time) => time is null
        ? "null"
        : $"new global::KnowledgeGraph.TimeExtent({Date(time.Start)}, {Date(time.End)})";

    public static string Sources(IReadOnlyList<SourceModel> sources) => sources.Count == 0
        ? "global::System.Array.Empty<global::KnowledgeGraph.SourceRef>()"
        : "new global::KnowledgeGraph.SourceRef[] { " + string.Join(", ", sources.Select(s =>
            $"new global::KnowledgeGraph.SourceRef({s.DocumentClrMember}, {CSharpLiterals.String(s.Quote)}, {s.Offset}, {s.Length}, {s.Line}, {s.Column})")) + " }";

    private static IEnumerable<string> Initializers(InstanceModel instance)
    {
        yield return $"Id = {CSharpLiterals.String(instance.Id)}";
        yield return $"Name = {CSharpLiterals.String(instance.DisplayName)}";
        if (instance.Aliases.Count > 0)
        {
            yield return $"Aliases = new string[] {{ {string.Join(", ", instance.Aliases.Select(CSharpLiterals.String))} }}";
        }

        if (instance.Doc is { } doc)
        {
            yield return $"Doc = {CSharpLiterals.String(doc)}";
        }

        if (instance.Sources.Count > 0)
        {
            yield return $"Sources = {Sources(instance.Sources)}";
        }

        if (instance.Time is not null)
        {
            yield return $"Time = {Time(instance.Time)}";
        }

        foreach (var assignment in instance.Values)
        {
            var values = assignment.Values.Select(v => v.ClrExpression).ToList();
            var member = assignment.Member;
            yield return member.Cardinality.IsMany()
                ? $"{member.ClrName} = new {member.Type.ClrType}[] {{ {string.Join(", ", values)} }}"
                : $"{member.ClrName} = {values.Single()}";
        }
    }

    private static string Date(string? date) => date is null ? "null" : $"global::KnowledgeGraph.PartialDate.Parse(\"{date}\")";
}
