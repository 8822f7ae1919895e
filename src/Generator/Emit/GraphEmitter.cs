using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>
/// Emits what builds the graph: one internal class that adds every compiled entity, event and fact to a builder
/// and holds the schema, and a public <c>&lt;Namespace&gt;Graph</c> factory in each namespace that declares data.
/// </summary>
internal static class GraphEmitter
{
    public const string CompiledClass = "global::KnowledgeGraph.Generated.CompiledOntology";

    public static GeneratedFile EmitCompiled(SchemaModel model, SymbolTable schema, string? baseIri = null)
    {
        var writer = GeneratedFile.Start("KnowledgeGraph.Generated");
        writer.Line("/// <summary>The compiled schema, for loading data at run time, and every compiled entity, event and fact, read from the data tables at first use.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open("internal static class CompiledOntology");
        writer.Line("public static global::KnowledgeGraph.OntologySchema Schema { get; } = new global::KnowledgeGraph.OntologySchema(");
        writer.Line("    SchemaTable,");
        writer.Line($"    new global::KnowledgeGraph.RelationInfo[] {{ {string.Join(", ", model.Relations.Select(r => ClrTypes.Of(r.Class) + ".Info"))} }},");
        writer.Line("    new global::System.Collections.Generic.Dictionary<string, global::System.Func<global::KnowledgeGraph.EntityData, global::KnowledgeGraph.Entity>>");
        writer.Line("    {");
        foreach (var type in model.Types.Where(t => !t.IsAbstract))
        {
            writer.Line($"        [{CSharpLiterals.String(type.Name)}] = static data => new {ClrTypes.Of(type.Class)}");
            writer.Line("        {");
            foreach (var line in Factory(type))
            {
                writer.Line($"            {line},");
            }

            writer.Line("        },");
        }

        writer.Line("    },");
        writer.Line("    new global::System.Collections.Generic.Dictionary<string, global::System.Func<string, object>>");
        writer.Line("    {");
        foreach (var @enum in model.Enums)
        {
            var clr = ClrTypes.Of(@enum.Class);
            var arms = @enum.Members.Select(m => $"{CSharpLiterals.String(m.Name)} => {clr}.{m.ClrName}")
                .Append($"_ => throw new global::System.ArgumentException({CSharpLiterals.String($"Not a value of {@enum.Name}: ")} + member, nameof(member))");
            writer.Line($"        [{CSharpLiterals.String(@enum.Name)}] = static member => member switch {{ {string.Join(", ", arms)} }},");
        }

        writer.Line("    },");
        if (baseIri is null)
        {
            writer.Line("    static () => Data);");
        }
        else
        {
            writer.Line("    static () => Data,");
            writer.Line($"    {CSharpLiterals.String(baseIri)});");
        }
        writer.Line();
        var tables = string.Join(", ", model.DataFiles.Select(f => $"global::KnowledgeGraph.Generated.{f.ClassName}.Table"));
        writer.Line("private static readonly global::System.Lazy<global::KnowledgeGraph.CompiledData> s_data = new(static () => new global::KnowledgeGraph.CompiledData(");
        writer.Line($"    Schema, new global::KnowledgeGraph.DataTable[] {{ {tables} }}));");
        writer.Line();
        writer.Line("/// <summary>The entities, events, documents and facts of every data table, made once.</summary>");
        writer.Line("public static global::KnowledgeGraph.CompiledData Data => s_data.Value;");
        writer.Line();
        writer.Line("public static void AddTo(global::KnowledgeGraph.GraphBuilder builder) => Data.AddTo(builder);");
        writer.Line();
        writer.Line("/// <summary>The symbol table of the schema, which the run-time loader binds data files against.</summary>");
        writer.Start("private const string SchemaTable = ").Raw(TableLiteral.Raw(SymbolTableFormat.Write(schema))).Raw(";\n");
        writer.Close();
        writer.Close();
        return new GeneratedFile("KnowledgeGraph.Generated.CompiledOntology.g.cs", writer.ToString());
    }

    public static GeneratedFile EmitFactory(string @namespace, string accessibility)
    {
        var name = KnowledgeGraph.Language.Binding.DeclarationPass.GraphFactoryName(@namespace);
        var writer = GeneratedFile.Start(@namespace);
        writer.Line("/// <summary>Builds the knowledge graph of everything the project's ontology files state.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{accessibility} static partial class {name}");
        writer.Line("/// <summary>A new immutable graph of every compiled entity, event and fact (and the facts events imply).</summary>");
        writer.Line("public static global::KnowledgeGraph.Graph Create() => CreateBuilder().Build();");
        writer.Line();
        writer.Line("/// <summary>A builder holding every compiled entity, event and fact, to add more before building.</summary>");
        writer.Open("public static global::KnowledgeGraph.GraphBuilder CreateBuilder()");
        writer.Line("var builder = new global::KnowledgeGraph.GraphBuilder();");
        writer.Line($"{CompiledClass}.AddTo(builder);");
        writer.Line("return builder;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The compiled schema, for loading data files at run time.</summary>");
        writer.Line($"public static global::KnowledgeGraph.OntologySchema Schema => {CompiledClass}.Schema;");
        writer.Close();
        writer.Close();
        return new GeneratedFile($"{@namespace}.{name}.g.cs", writer.ToString());
    }

    private static IEnumerable<string> Factory(TypeModel type)
    {
        yield return "Id = data.Id";
        yield return "Name = data.Name";
        yield return "Aliases = data.Aliases";
        yield return "Doc = data.Doc";
        yield return "Sources = data.Sources";
        if (type.Kind == BaseKind.Event)
        {
            yield return "Time = data.Time";
        }

        foreach (var member in type.AllMembers)
        {
            var key = CSharpLiterals.String(member.Name);
            var clr = ClrTypes.Of(member.Type);
            yield return member.Cardinality switch
            {
                Cardinality.ExactlyOne when member.DefaultValue is { } value => $"{member.ClrName} = data.ValueOr<{clr}>({key}, {CSharpLiterals.Value(member.Type, value)})",
                Cardinality.ExactlyOne => $"{member.ClrName} = data.Single<{clr}>({key})",
                Cardinality.Optional when member.DefaultValue is { } value => $"{member.ClrName} = data.ValueOr<{clr}?>({key}, {CSharpLiterals.Value(member.Type, value)})",
                // T? of a value type: a value left out is null, not 0 or false.
                Cardinality.Optional => $"{member.ClrName} = data.Optional<{clr}?>({key})",
                _ => $"{member.ClrName} = data.Many<{clr}>({key})",
            };
        }
    }
}
