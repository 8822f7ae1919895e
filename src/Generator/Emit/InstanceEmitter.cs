using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>
/// Emits the static <c>Entities</c>, <c>Events</c> and <c>Documents</c> classes: per namespace the part that lists
/// them all, and per data file the part with one short member per entity, event and document, which reads the
/// object the SDK made from the file's table.
/// </summary>
internal static class InstanceEmitter
{
    private const string Entity = "global::KnowledgeGraph.Entity";
    private const string DocumentInfo = "global::KnowledgeGraph.DocumentInfo";

    /// <summary>The part of a namespace's classes that carries their documentation and the lists of all members.</summary>
    public static GeneratedFile EmitNamespace(string @namespace, string accessibility)
    {
        var writer = GeneratedFile.Start(@namespace);
        WriteListClass(writer, accessibility, "Entities", "entities", Entity, $"{GraphEmitter.CompiledClass}.Data.EntitiesIn({CSharpLiterals.String(@namespace)})");
        writer.Line();
        WriteListClass(writer, accessibility, "Events", "events", Entity, $"{GraphEmitter.CompiledClass}.Data.EventsIn({CSharpLiterals.String(@namespace)})");
        writer.Line();
        WriteListClass(writer, accessibility, "Documents", "documents", DocumentInfo, $"{GraphEmitter.CompiledClass}.Data.DocumentsIn({CSharpLiterals.String(@namespace)})");
        writer.Close();
        return new GeneratedFile($"{@namespace}.Instances.g.cs", writer.ToString());

        void WriteListClass(Emit.SourceWriter w, string access, string name, string what, string itemType, string all)
        {
            w.Line($"/// <summary>The {what} the ontology files of namespace {@namespace} declare.</summary>");
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Open($"{access} static partial class {name}");
            w.Line($"/// <summary>Every one of the {what} of this class, in declaration order (file by file).</summary>");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{itemType}> All => {all};");
            w.Close();
        }
    }

    /// <summary>A data file's members of <c>Entities</c>, <c>Events</c> and <c>Documents</c>; <paramref name="accessor"/> names its table class.</summary>
    public static void WriteMembers(SourceWriter writer, DataFileModel file, string accessor, string accessibility)
    {
        var indexed = file.Instances.Select((instance, index) => (instance, index)).ToList();
        var first = true;
        foreach (var (events, name) in new[] { (false, "Entities"), (true, "Events") })
        {
            var members = indexed.Where(i => i.instance.IsEvent == events).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            Separate(writer, ref first);
            writer.Open($"{accessibility} static partial class {name}");
            foreach (var (instance, index) in members)
            {
                writer.Line($"/// <summary>{SourceWriter.Escape(instance.DisplayName)} (<c>{SourceWriter.Escape(instance.Id)}</c>, a {instance.TypeName}).</summary>");
                var type = ClrTypes.Of(instance.TypeClass);
                writer.Line($"public static {type} {instance.ClrName} => {accessor}.Get<{type}>({index});");
            }

            writer.Close();
        }

        if (!file.Documents.IsEmpty)
        {
            Separate(writer, ref first);
            writer.Open($"{accessibility} static partial class Documents");
            for (var index = 0; index < file.Documents.Count; index++)
            {
                var document = file.Documents[index];
                writer.Line($"/// <summary>{SourceWriter.Escape(document.Title ?? document.Name)} (<c>{SourceWriter.Escape(document.Path)}</c>).</summary>");
                writer.Line($"public static {DocumentInfo} {document.ClrName} => {accessor}.Document({index});");
            }

            writer.Close();
        }
    }

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }
}
