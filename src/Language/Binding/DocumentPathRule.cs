namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Where a document may be: given by a relative path, in the folder of the file that names it or below it. The one
/// rule for build and run time (at run time <c>LoaderOptions.TrustedFolders</c> may widen it, and symbolic links are
/// followed); without it, an ontology file could copy any file of the machine into an assembly, or a quote check could
/// tell whoever wrote the file what another file holds.
/// </summary>
public static class DocumentPathRule
{
    public static bool IsAbsolute(string written)
    {
        var unified = written.Replace('\\', '/');
        return unified.StartsWith("/", System.StringComparison.Ordinal) || (unified.Length > 1 && unified[1] == ':');
    }

    /// <summary>Null when <paramref name="written"/>, named by <paramref name="dataFile"/>, stays in its folder; otherwise why not.</summary>
    public static string? Problem(string dataFile, string written)
    {
        if (IsAbsolute(written))
        {
            return "is absolute";
        }

        if (ControlCharacter(written) is { } control)
        {
            return control;
        }

        var folder = Folder(dataFile);
        var resolved = PathUtilities.ResolveRelativeTo(dataFile, written);
        return resolved.StartsWith(folder, System.StringComparison.Ordinal) ? null : $"climbs out of the folder of the file that names it ({folder.TrimEnd('/')})";
    }

    /// <summary>Why <paramref name="written"/> cannot name a file because of a control character in it (NUL, a line break), or null.</summary>
    public static string? ControlCharacter(string written)
    {
        foreach (var c in written)
        {
            if (char.IsControl(c))
            {
                return $"holds a control character (U+{(int)c:X4}), which no file name here may hold";
            }
        }

        return null;
    }

    /// <summary>The folder of <paramref name="file"/>, normalised, with a trailing '/'.</summary>
    public static string Folder(string file)
    {
        var normalized = PathUtilities.Normalize(file);
        var slash = normalized.LastIndexOf('/');
        return slash >= 0 ? normalized.Substring(0, slash + 1) : string.Empty;
    }
}
