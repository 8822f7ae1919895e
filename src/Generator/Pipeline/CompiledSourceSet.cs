using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>
/// The ontology files and the documents they quote, with paths relative to the folder that holds them all, so the
/// run-time loader can bind new data against exactly what was compiled, wherever the program runs.
/// </summary>
internal sealed record CompiledSourceSet(EquatableArray<TextFile> Files)
{
    public static CompiledSourceSet From(ImmutableArray<TextFile> ontologyTexts, ImmutableArray<OntologyFileSyntax> syntaxes, ImmutableArray<TextFile> documents)
    {
        var byPath = documents.GroupBy(d => d.Path, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var quoted = syntaxes
            .SelectMany(file => file.Documents.Where(d => d.Path is not null).Select(d => PathUtilities.ResolveRelativeTo(file.Path, d.Path!.Text)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(byPath.ContainsKey)
            .Select(path => byPath[path]);
        var all = ontologyTexts.Select(t => new TextFile(PathUtilities.Normalize(t.Path), t.Text)).Concat(quoted).ToList();
        var root = CommonFolder(all.Select(f => f.Path));
        return new CompiledSourceSet(all
            .Select(f => new TextFile(f.Path.Substring(root.Length), f.Text))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToEquatableArray());
    }

    private static string CommonFolder(IEnumerable<string> paths)
    {
        string? common = null;
        foreach (var path in paths)
        {
            var folder = path.Substring(0, path.LastIndexOf('/') + 1);
            if (common is null)
            {
                common = folder;
                continue;
            }

            while (!folder.StartsWith(common, StringComparison.OrdinalIgnoreCase))
            {
                common = common.Substring(0, common.TrimEnd('/').LastIndexOf('/') + 1);
            }
        }

        return common ?? string.Empty;
    }
}
