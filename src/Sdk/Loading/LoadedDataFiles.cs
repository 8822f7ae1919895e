using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph;

/// <summary>
/// The texts of the data files a loader has loaded, by digest, so that a text is loaded once whatever path it comes by.
/// Ids would catch a second load of a file that declares any, but a file of facts alone would state each fact again.
/// A text that holds no item is not remembered: loaded again, it adds nothing.
/// </summary>
internal sealed class LoadedDataFiles
{
    private readonly Dictionary<string, string> _pathsByDigest = new(StringComparer.Ordinal);

    /// <summary>The digest of a file's text as parsed (line endings normalised, so a copy saved with CRLF is the same text).</summary>
    public static string Digest(string text) => Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())));

    /// <summary>
    /// The files of one load whose text an earlier load, or an earlier file of this load, already holds, by their place
    /// in <paramref name="digests"/> (each file's path and digest, in the load's order), with one KG0015 each at the
    /// file's first character.
    /// </summary>
    public List<(int Index, KgDiagnostic Diagnostic)> Repeated(IReadOnlyList<DataFileRead> digests)
    {
        var repeated = new List<(int, KgDiagnostic)>();
        var inThisLoad = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < digests.Count; i++)
        {
            var (path, digest, _, holdsItems) = digests[i];
            if (!holdsItems)
            {
                continue;
            }

            var where = new SourceSpan(path, 0, 0, 1, 1, 1, 1);
            if (_pathsByDigest.TryGetValue(digest, out var before))
            {
                repeated.Add((i, Descriptors.TextLoadedBefore.At(where, before)));
            }
            else if (!inThisLoad.TryAdd(digest, path))
            {
                repeated.Add((i, Descriptors.TextGivenTwice.At(where, inThisLoad[digest])));
            }
        }

        return repeated;
    }

    /// <summary>Remembers the texts of a load that succeeded.</summary>
    public void Add(IReadOnlyList<DataFileRead> digests)
    {
        foreach (var (path, digest, _, holdsItems) in digests)
        {
            if (holdsItems)
            {
                _pathsByDigest.TryAdd(digest, path);
            }
        }
    }
}

/// <summary>
/// One data file a load read: its path, the digest of its text (<see cref="LoadedDataFiles.Digest"/>), its size in bytes,
/// and whether it holds any document, entity, event, fact or omitted passage (a file of none may come again: a day's
/// empty feed, say).
/// </summary>
internal readonly record struct DataFileRead(string Path, string Digest, long Bytes, bool HoldsItems);
