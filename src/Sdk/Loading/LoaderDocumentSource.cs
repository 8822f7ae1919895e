using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph;

/// <summary>
/// Documents for the run-time binder: those the compiled files declare come from the compiled data; those that
/// loaded files declare are read from disk through the load's bounded reader, each once however often it is named,
/// and only when the path check let them through.
/// </summary>
internal sealed class LoaderDocumentSource : IDocumentSource
{
    private readonly CompiledData _compiled;
    private readonly BoundedReader _reader;
    private readonly Dictionary<string, string?> _read = new(StringComparer.Ordinal);

    public LoaderDocumentSource(CompiledData compiled, BoundedReader reader)
    {
        _compiled = compiled;
        _reader = reader;
    }

    /// <summary>Documents whose path is refused (reported at the path): never read.</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents that were not read, and why.</summary>
    public Dictionary<string, ReadProblem> Problems { get; } = new(StringComparer.Ordinal);

    public string? GetText(string path)
    {
        if (path.StartsWith(SymbolTableFormat.CompiledDocumentRoot, StringComparison.Ordinal))
        {
            return _compiled.DocumentText(path.Substring(SymbolTableFormat.CompiledDocumentRoot.Length));
        }

        if (Refused.Contains(path))
        {
            return null;
        }

        if (!_read.TryGetValue(path, out var text))
        {
            var (read, problem) = _reader.Read(path);
            text = read is null ? null : LineEndings.Normalize(read);
            if (problem != ReadProblem.None)
            {
                Problems[path] = problem;
            }

            _read.Add(path, text);
        }

        return text;
    }
}
