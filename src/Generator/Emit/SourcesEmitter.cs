using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>Emits the text of every compiled ontology file, which the run-time loader binds new data against.</summary>
internal static class SourcesEmitter
{
    public static GeneratedFile Emit(IReadOnlyList<(string Path, string Text)> files)
    {
        var writer = GeneratedFile.Start("KnowledgeGraph.Generated");
        writer.Line("/// <summary>The compiled ontology files.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open("internal static class CompiledSources");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::KnowledgeGraph.OntologySource> All { get; } = new global::KnowledgeGraph.OntologySource[]");
        writer.Line("{");
        foreach (var (path, text) in files.OrderBy(f => f.Path, System.StringComparer.Ordinal))
        {
            writer.Line($"    new global::KnowledgeGraph.OntologySource({CSharpLiterals.String(FileName(path))}, {CSharpLiterals.String(text)}),");
        }

        writer.Line("};");
        writer.Close();
        writer.Close();
        return new GeneratedFile("KnowledgeGraph.Generated.CompiledSources.g.cs", writer.ToString());
    }

    /// <summary>Only the file name is kept, so that generated code does not depend on where the repository is checked out.</summary>
    private static string FileName(string path) => path.Replace('\\', '/').Split('/').Last();
}
