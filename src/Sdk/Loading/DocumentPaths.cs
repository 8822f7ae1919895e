using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph;

/// <summary>
/// Keeps the documents a loaded file names inside its folder (or a trusted one): no absolute path, no <c>..</c> that
/// climbs out, no symbolic link, at any step of the path, that leads out. Files loaded at run time come from
/// strangers; without this a quote check would tell them what any file on the machine holds.
/// </summary>
internal sealed class DocumentPaths
{
    private const int MaxLinks = 40;
    private readonly IReadOnlyList<string> _trusted;

    public DocumentPaths(IReadOnlyList<string> trustedFolders) =>
        _trusted = trustedFolders.Select(f => RealPath(PathUtilities.Normalize(Path.GetFullPath(f)))).ToList();

    /// <summary>Null when the document at <paramref name="written"/>, named by <paramref name="dataFile"/>, may be read; otherwise why not.</summary>
    public string? Problem(string dataFile, string written)
    {
        if (DocumentPathRule.IsAbsolute(written) || Path.IsPathRooted(written))
        {
            return "is absolute";
        }

        if (DocumentPathRule.ControlCharacter(written) is { } control)
        {
            return control;
        }

        var folder = PathUtilities.Normalize(Path.GetDirectoryName(dataFile) ?? "/");
        var resolved = PathUtilities.ResolveRelativeTo(dataFile, written);
        var allowed = new[] { RealPath(folder) }.Concat(_trusted).ToList();
        if (!Inside(resolved, folder) && !_trusted.Any(t => Inside(resolved, t)))
        {
            return $"climbs out of the folder of the file that names it ({folder})";
        }

        return allowed.Any(a => Inside(RealPath(resolved), a)) ? null : "leads through a symbolic link out of the folder of the file that names it";
    }

    /// <summary>
    /// Whether an opened document's real path (<see cref="FileKind.RealPath"/>) lies where <see cref="Problem"/> allowed
    /// it for <paramref name="dataFile"/>: checked again once the file is open, so that a path swapped for a link between
    /// the check and the read leads nowhere else.
    /// </summary>
    public bool MayOpen(string dataFile, string realPath)
    {
        var folder = RealPath(PathUtilities.Normalize(Path.GetDirectoryName(dataFile) ?? "/"));
        return Inside(realPath, folder) || _trusted.Any(t => Inside(realPath, t));
    }

    private static bool Inside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it followed (a part that does not exist is kept as written).</summary>
    private static string RealPath(string path)
    {
        var pending = new Queue<string>(path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var current = "/";
        var links = 0;
        while (pending.Count > 0)
        {
            var next = PathUtilities.Normalize(current.TrimEnd('/') + "/" + pending.Dequeue());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && ++links <= MaxLinks)
            {
                var rest = pending.ToList();
                var resolved = PathUtilities.Normalize(target.StartsWith("/", StringComparison.Ordinal) ? target : current.TrimEnd('/') + "/" + target);
                pending = new Queue<string>(resolved.Split('/', StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = "/";
                continue;
            }

            current = next;
        }

        return current;
    }
}
