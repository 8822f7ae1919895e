using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>
/// The documents the ontology quotes, taken from the project's AdditionalFiles. Paths compare with their case, as they
/// do on disk when the loader reads documents at run time, so a file that builds also loads.
/// </summary>
internal sealed class DocumentTexts : IDocumentSource
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public DocumentTexts(ImmutableArray<TextFile> files)
    {
        foreach (var file in files)
        {
            _texts[file.Path] = file.Text;
        }
    }

    public string? GetText(string path) => _texts.TryGetValue(PathUtilities.Normalize(path), out var text) ? text : null;

    /// <summary>Only the rule on the path as written: the generator must not touch the file system to follow links.</summary>
    public (string Problem, string Allowed)? Refuse(string dataFile, string written) =>
        DocumentPathRule.Problem(dataFile, written) is { } problem ? (problem, string.Empty) : null;

    public string Missing(string path)
    {
        var normalized = PathUtilities.Normalize(path);
        var other = _texts.Keys.Where(p => string.Equals(p, normalized, StringComparison.OrdinalIgnoreCase)).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        return other is not null
            ? $"; paths are case-sensitive, and the file is named '{PathUtilities.FileName(other)}': write the path as the file is named"
            : "; check the path and its case (paths are case-sensitive), and that the file is an AdditionalFiles item of the project";
    }
}
