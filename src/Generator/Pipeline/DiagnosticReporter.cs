using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>Turns diagnostics of the ontology language into compiler diagnostics located in the YAML files.</summary>
internal static class DiagnosticReporter
{
    private static readonly Dictionary<string, DiagnosticDescriptor> Roslyn = Descriptors.All.ToDictionary(
        d => d.Id,
        d => new DiagnosticDescriptor(
            d.Id,
            d.Title,
            "{0}",
            "KnowledgeGraph",
            d.Severity == KgSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true));

    public static Diagnostic ToRoslyn(KgDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = span.Path is null
            ? Location.None
            : Location.Create(
                span.Path,
                new TextSpan(span.Start, span.End - span.Start),
                new LinePositionSpan(new LinePosition(span.StartLine - 1, span.StartColumn - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
        return Diagnostic.Create(Roslyn[diagnostic.Id], location, diagnostic.Message);
    }
}
