using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>Writes a fact class per relation, and per namespace the typed traversals in both directions.</summary>
internal static class RelationEmitter
{
    public static void Write(SourceWriter writer, RelationModel relation, string accessibility)
    {
        var (subject, @object) = (ClrTypes.Of(relation.From), ClrTypes.Of(relation.To));
        writer.Summary(relation.Doc ?? $"A fact of the relation '{relation.Name}': the subject {relation.Label} the object.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{accessibility} sealed partial class {relation.ClrName} : global::KnowledgeGraph.Fact<{subject}, {@object}>");
        writer.Line("/// <summary>The relation's name, label, inverse and ends.</summary>");
        writer.Line("public static global::KnowledgeGraph.RelationInfo Info { get; } = new global::KnowledgeGraph.RelationInfo(");
        writer.Line($"    {CSharpLiterals.String(relation.Name)}, {CSharpLiterals.String(relation.Label)}, {CSharpLiterals.Nullable(relation.Inverse)}, {(relation.Transitive ? "true" : "false")},");
        writer.Line($"    typeof({ClrTypes.Of(relation.Class)}), typeof({subject}), typeof({@object}),");
        writer.Line($"    static (subject, @object, details) => new {ClrTypes.Of(relation.Class)}(({subject})(object)subject, ({@object})(object)@object, details)){(relation.Lasting ? " { IsLasting = true }" : string.Empty)};");
        writer.Line();
        writer.Line($"public {relation.ClrName}({subject} subject, {@object} @object, global::KnowledgeGraph.FactDetails? details = null)");
        writer.Line("    : base(subject, @object, details)");
        writer.Line("{").Line("}");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override global::KnowledgeGraph.RelationInfo Relation => Info;");
        writer.Close();
    }

    public static GeneratedFile EmitQueries(string @namespace, IEnumerable<RelationModel> relations, string accessibility)
    {
        var writer = GeneratedFile.Start(@namespace);
        writer.Line("/// <summary>Typed traversals of the relations of this namespace, in both directions.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{accessibility} static partial class GraphQueries");
        var first = true;
        foreach (var relation in relations)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var (subject, @object) = (ClrTypes.Of(relation.From), ClrTypes.Of(relation.To));
            writer.Line($"/// <summary>What <paramref name=\"subject\"/> {SourceWriter.Escape(relation.Label)} ({relation.Name}).</summary>");
            writer.Line($"public static global::System.Collections.Generic.IEnumerable<{@object}> {relation.ClrName}(this global::KnowledgeGraph.Graph graph, {subject} subject) =>");
            writer.Line($"    global::System.Linq.Enumerable.Distinct(global::System.Linq.Enumerable.Select(graph.Out<{ClrTypes.Of(relation.Class)}>(subject), static fact => fact.Object));");
            writer.Line();
            var inverse = relation.InverseClrName ?? relation.ClrName + "Inverse";
            writer.Line($"/// <summary>What {SourceWriter.Escape(relation.Label)} <paramref name=\"object\"/> ({relation.Inverse ?? "the inverse of " + relation.Name}).</summary>");
            writer.Line($"public static global::System.Collections.Generic.IEnumerable<{subject}> {inverse}(this global::KnowledgeGraph.Graph graph, {@object} @object) =>");
            writer.Line($"    global::System.Linq.Enumerable.Distinct(global::System.Linq.Enumerable.Select(graph.In<{ClrTypes.Of(relation.Class)}>(@object), static fact => fact.Subject));");
        }

        writer.Close();
        writer.Close();
        return new GeneratedFile($"{@namespace}.GraphQueries.g.cs", writer.ToString());
    }
}
