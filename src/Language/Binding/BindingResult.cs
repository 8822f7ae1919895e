using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>The checked model and every diagnostic, sorted by file, line and column.</summary>
public sealed record BindingResult(OntologyModel Model, EquatableArray<KgDiagnostic> Diagnostics)
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
