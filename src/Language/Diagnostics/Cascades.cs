using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>
/// One mistake, one error. A file that could not be read at all (not valid YAML, a YAML feature refused, a limit
/// exceeded) declares nothing, so every name it declares would be unknown to the files that use it: while such a file
/// is reported, names unknown elsewhere are not, as they are most likely its own.
/// </summary>
public static class Cascades
{
    private static readonly HashSet<string> UnreadableIds = new() { "KG0001", "KG0021", "KG0024" };

    /// <summary>Unknown type, relation, entity, enum value, document and role; a document nothing names (the unread file may name it).</summary>
    private static readonly HashSet<string> UnknownNameIds = new() { "KG0005", "KG0006", "KG0007", "KG0008", "KG0009", "KG0010", "KG0044" };

    public static bool IsUnreadable(OntologyFileSyntax file) =>
        file.Diagnostics.Any(d => d.Severity == KgSeverity.Error && UnreadableIds.Contains(d.Id));

    /// <summary><paramref name="diagnostics"/> without unknown names (and unnamed documents) when some file could not be read.</summary>
    public static IEnumerable<KgDiagnostic> Filter(IEnumerable<KgDiagnostic> diagnostics, bool someFileUnreadable) =>
        someFileUnreadable ? diagnostics.Where(d => !UnknownNameIds.Contains(d.Id)) : diagnostics;
}
