using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>The order diagnostics are reported in: by file, position, id and message, each once.</summary>
public static class DiagnosticOrder
{
    public static EquatableArray<KgDiagnostic> Sort(IEnumerable<KgDiagnostic> diagnostics) => diagnostics
        .Distinct()
        .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Start)
        .ThenBy(d => d.Span.StartLine) // places known by line and column only (RDF files) have no offset
        .ThenBy(d => d.Span.StartColumn)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToEquatableArray();
}
