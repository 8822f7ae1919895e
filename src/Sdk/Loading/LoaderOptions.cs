using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// Limits that keep an untrusted data file from exhausting memory or time, and the folders its documents may come
/// from; each breach is an error of the load (KG0024, KG0026), never an exception.
/// </summary>
/// <param name="MaxFileBytes">The largest data file or document read (16 MiB by default); reading stops there, whatever the file system says of its length.</param>
/// <param name="MaxDepth">The deepest nesting of YAML collections.</param>
/// <param name="MaxNodes">The most YAML nodes in one file.</param>
/// <param name="MaxLoadBytes">The most bytes one load reads, data files and documents together (256 MiB by default).</param>
public sealed record LoaderOptions(long MaxFileBytes = 16 * 1024 * 1024, int MaxDepth = 64, int MaxNodes = 1_000_000, long MaxLoadBytes = 256L * 1024 * 1024)
{
    public static LoaderOptions Default { get; } = new();

    /// <summary>
    /// Folders besides a data file's own (and those below them) whose documents the file may name, for data from a
    /// source you trust. Empty by default: a loaded file names only documents in its folder or below it.
    /// </summary>
    public IReadOnlyList<string> TrustedFolders { get; init; } = Array.Empty<string>();
}
