using System.Collections.Generic;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Path arithmetic on strings only (a generator must not touch the file system).</summary>
public static class PathUtilities
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", System.StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (var segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    /// <summary>The file's name without its folder: what generated code says of a file (a build machine's folders have no place in an assembly).</summary>
    public static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="file"/>.</summary>
    public static string ResolveRelativeTo(string file, string relative)
    {
        var unified = relative.Replace('\\', '/');
        if (unified.StartsWith("/", System.StringComparison.Ordinal) || (unified.Length > 1 && unified[1] == ':'))
        {
            return Normalize(unified);
        }

        var normalizedFile = file.Replace('\\', '/');
        var slash = normalizedFile.LastIndexOf('/');
        var folder = slash >= 0 ? normalizedFile.Substring(0, slash + 1) : string.Empty;
        return Normalize(folder + unified);
    }
}
