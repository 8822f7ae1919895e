using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>A problem found in an ontology file, reported the same way at build time and at run time.</summary>
public sealed record KgDiagnostic(string Id, KgSeverity Severity, string Message, SourceSpan Span)
{
    public override string ToString() =>
        $"{Span.Path}({Span.StartLine},{Span.StartColumn}): {(Severity == KgSeverity.Error ? "error" : "warning")} {Id}: {Message}";
}
