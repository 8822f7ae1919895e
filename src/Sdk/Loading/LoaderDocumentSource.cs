using System;
using System.Collections.Generic;
using System.IO;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph;

/// <summary>
/// Documents for the run-time binder: those the compiled files quote come from the schema, those that loaded files
/// quote are read from disk beside them, up to the size limit.
/// </summary>
internal sealed class LoaderDocumentSource : IDocumentSource
{
    private readonly IReadOnlyDictionary<string, string> _compiled;
    private readonly long _maxBytes;

    public LoaderDocumentSource(IReadOnlyDictionary<string, string> compiled, long maxBytes)
    {
        _compiled = compiled;
        _maxBytes = maxBytes;
    }

    /// <summary>Documents that were not read because they exceed the limit.</summary>
    public HashSet<string> TooLarge { get; } = new(StringComparer.Ordinal);

    public string? GetText(string path)
    {
        if (_compiled.TryGetValue(path, out var text))
        {
            return text;
        }

        if (path.StartsWith(GraphLoader.CompiledRoot, StringComparison.Ordinal))
        {
            return null;
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        if (file.Length > _maxBytes)
        {
            TooLarge.Add(path);
            return null;
        }

        return LineEndings.Normalize(File.ReadAllText(path));
    }
}
