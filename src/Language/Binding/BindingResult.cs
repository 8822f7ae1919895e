using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>The checked schema, the data of each file, and every diagnostic, sorted by file, line and column.</summary>
public sealed record BindingResult(SchemaModel Schema, EquatableArray<DataFileModel> Files, EquatableArray<KgDiagnostic> Diagnostics)
{
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == KgSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
