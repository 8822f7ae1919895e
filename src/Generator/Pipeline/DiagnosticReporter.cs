using System.Collections.Concurrent;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>
/// Turns diagnostics of the ontology language into compiler diagnostics located in the YAML files: each wording of an id
/// is a compiler descriptor with its own message format, given the diagnostic's arguments, and with a help link to the
/// id's section of docs/diagnostics.md when the project names where that is (<c>KnowledgeGraphDiagnosticsHelp</c>).
/// </summary>
internal static class DiagnosticReporter
{
    private static readonly ConcurrentDictionary<(string Id, string Format, string? Help), DiagnosticDescriptor> Descriptors = new();

    public static Diagnostic ToRoslyn(KgDiagnostic diagnostic, string? helpUri)
    {
        var descriptor = Descriptor(diagnostic.Id, diagnostic.MessageFormat, helpUri);
        var related = diagnostic.Related.Select(Location).ToArray();
        return Diagnostic.Create(descriptor, Location(diagnostic.Span), related, diagnostic.Arguments.ToArray());
    }

    private static Location Location(SourceSpan span) =>
        span.Path is null
            ? Microsoft.CodeAnalysis.Location.None
            : Microsoft.CodeAnalysis.Location.Create(
                span.Path,
                new TextSpan(span.Start, span.End - span.Start),
                new LinePositionSpan(new LinePosition(span.StartLine - 1, span.StartColumn - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));

    public static DiagnosticDescriptor Descriptor(string id, string messageFormat, string? helpUri) =>
        Descriptors.GetOrAdd((id, messageFormat, helpUri), key =>
        {
            var catalogued = Language.Diagnostics.Descriptors.Find(key.Id);
            return new DiagnosticDescriptor(
                key.Id,
                catalogued.Title,
                key.Format,
                "KnowledgeGraph",
                catalogued.Severity == KgSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: catalogued.Description,
                helpLinkUri: key.Help is null ? null : key.Help + "#" + catalogued.HelpAnchor);
        });
}
