using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph;

/// <summary>
/// Documents for the run-time binder: those the compiled files declare come from the compiled data, and those earlier
/// loads declared from what those loads read (a later load checks its quotes against the text the graph holds, even
/// when the file has changed or gone since); those the files of this load declare are read from disk through the
/// load's bounded reader, each once however often it is named, and only when the path check let them through.
/// </summary>
internal sealed class LoaderDocumentSource : IDocumentSource
{
    private readonly CompiledData _compiled;
    private readonly BoundedReader _reader;
    private readonly IReadOnlyDictionary<string, string> _loaded;
    private readonly Dictionary<string, string?> _read = new(StringComparer.Ordinal);

    /// <param name="compiled">The compiled data, which holds the compiled documents' texts.</param>
    /// <param name="reader">What this load may still read.</param>
    /// <param name="loaded">The texts of documents earlier loads declared, by full path.</param>
    public LoaderDocumentSource(CompiledData compiled, BoundedReader reader, IReadOnlyDictionary<string, string> loaded)
    {
        _compiled = compiled;
        _reader = reader;
        _loaded = loaded;
    }

    /// <summary>Documents whose path is refused (reported at the path): never read.</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// For each document of this load whose path was let through, whether the file opened for it may be read, given its
    /// real path (<see cref="DocumentPaths.MayOpen"/>, for each data file that names it).
    /// </summary>
    public Dictionary<string, Func<string, bool>> MayOpen { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents that were not read, and why.</summary>
    public Dictionary<string, ReadProblem> Problems { get; } = new(StringComparer.Ordinal);

    public string? GetText(string path)
    {
        if (path.StartsWith(SymbolTableFormat.CompiledDocumentRoot, StringComparison.Ordinal))
        {
            return _compiled.DocumentText(path.Substring(SymbolTableFormat.CompiledDocumentRoot.Length));
        }

        if (_loaded.TryGetValue(path, out var loaded))
        {
            return loaded;
        }

        if (Refused.Contains(path))
        {
            return null;
        }

        if (!_read.TryGetValue(path, out var text))
        {
            // Paths are case-sensitive, as at build time: on a file system that ignores case, a path written in another
            // case than the file's name must not find it (Linux finds none).
            var (read, problem) = !OperatingSystem.IsLinux() && CaseVariant(path) is not null ? (null, ReadProblem.NotFound) : _reader.Read(path, MayOpen.GetValueOrDefault(path));
            text = read is null ? null : LineEndings.Normalize(read);
            if (problem != ReadProblem.None)
            {
                Problems[path] = problem;
            }

            _read.Add(path, text);
        }

        return text;
    }

    /// <summary>Paths are checked before binding (<see cref="GraphLoader"/>, with links followed and trusted folders); refused ones are never read.</summary>
    public (string Problem, string Allowed)? Refuse(string dataFile, string written) => null;

    public string Missing(string path) => CaseVariant(path) is { } name
        ? $"; paths are case-sensitive, and the file is named '{name}': write the path as the file is named"
        : "; a document loaded at run time must be a file in the data file's folder or below it";

    /// <summary>The name of the file in <paramref name="path"/>'s folder that differs from it only in case, if any.</summary>
    private static string? CaseVariant(string path)
    {
        var folder = Path.GetDirectoryName(path);
        var name = Path.GetFileName(path);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return null;
        }

        try
        {
            return Directory.EnumerateFileSystemEntries(folder)
                .Select(Path.GetFileName)
                .FirstOrDefault(entry => !string.Equals(entry, name, StringComparison.Ordinal) && string.Equals(entry, name, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
