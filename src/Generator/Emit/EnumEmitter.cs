using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>Writes one enum of the ontology.</summary>
internal static class EnumEmitter
{
    public static void Write(SourceWriter writer, EnumModel model, string accessibility)
    {
        writer.Summary(model.Doc ?? $"The values of the enum '{model.Name}'.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{accessibility} enum {model.ClrName}");
        foreach (var member in model.Members)
        {
            writer.Line($"{member.ClrName},");
        }

        writer.Close();
    }
}
