using System.Globalization;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>One kind of problem: its id, title, severity and message format.</summary>
public sealed record KgDiagnosticDescriptor(string Id, string Title, KgSeverity Severity, string MessageFormat)
{
    public KgDiagnostic At(SourceSpan span, params object?[] arguments) =>
        new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments), span);
}
