using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Generator.Emit;

internal static class EnumEmitter
{
    public static GeneratedFile Emit(EnumModel model, string accessibility)
    {
        var writer = GeneratedFile.Start(model.Namespace);
        writer.Summary(model.Doc ?? $"The values of the enum '{model.Name}'.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{accessibility} enum {model.ClrName}");
        foreach (var member in model.Members)
        {
            writer.Line($"{member.ClrName},");
        }

        writer.Close();
        writer.Close();
        return new GeneratedFile($"{model.Namespace}.{model.ClrName}.g.cs", writer.ToString());
    }
}
