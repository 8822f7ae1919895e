using KnowledgeGraph.Generator.Pipeline;
using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>Emits the compiled ontology files and the documents they quote, which the run-time loader binds new data against.</summary>
internal static class SourcesEmitter
{
    public static GeneratedFile Emit(CompiledSourceSet sources, string? defaultNamespace)
    {
        var writer = GeneratedFile.Start("KnowledgeGraph.Generated");
        writer.Line("/// <summary>The compiled ontology files and the documents they quote, by path relative to their common folder.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open("internal static class CompiledSources");
        writer.Line($"public const string? DefaultNamespace = {CSharpLiterals.Nullable(defaultNamespace)};");
        writer.Line();
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::KnowledgeGraph.OntologySource> All { get; } = new global::KnowledgeGraph.OntologySource[]");
        writer.Line("{");
        foreach (var file in sources.Files)
        {
            writer.Line($"    new global::KnowledgeGraph.OntologySource({CSharpLiterals.String(file.Path)}, {CSharpLiterals.String(file.Text)}),");
        }

        writer.Line("};");
        writer.Close();
        writer.Close();
        return new GeneratedFile("KnowledgeGraph.Generated.CompiledSources.g.cs", writer.ToString());
    }
}
