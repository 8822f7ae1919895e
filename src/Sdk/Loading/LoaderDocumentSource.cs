using System;
using System.Collections.Generic;
using System.IO;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph;

/// <summary>
/// Documents for the run-time binder: those the compiled files declare come from the compiled data, those that
/// loaded files declare are read from disk beside them, up to the size limit.
/// </summary>
internal sealed class LoaderDocumentSource : IDocumentSource
{
    private readonly CompiledData _compiled;
    private readonly long _maxBytes;

    public LoaderDocumentSource(CompiledData compiled, long maxBytes)
    {
        _compiled = compiled;
        _maxBytes = maxBytes;
    }

    /// <summary>Documents that were not read because they exceed the limit.</summary>
    public HashSet<string> TooLarge { get; } = new(StringComparer.Ordinal);

    public string? GetText(string path)
    {
        if (path.StartsWith(SymbolTableFormat.CompiledDocumentRoot, StringComparison.Ordinal))
        {
            return _compiled.DocumentText(path.Substring(SymbolTableFormat.CompiledDocumentRoot.Length));
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
