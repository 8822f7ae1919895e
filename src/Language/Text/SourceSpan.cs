namespace KnowledgeGraph.Language.Text;

/// <summary>
/// A range of a source file. Offsets are zero-based character indexes; lines and columns are one-based,
/// as editors and compiler messages show them.
/// </summary>
public readonly record struct SourceSpan(
    string Path, int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static SourceSpan Between(SourceSpan first, SourceSpan last) =>
        new(first.Path, first.Start, last.End, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn);

    /// <summary><c>path(line,column)</c>; just the path for a place known only by its file (line 0).</summary>
    public override string ToString() => StartLine > 0 ? $"{Path}({StartLine},{StartColumn})" : Path;

    /// <summary>A place known only by its file: a compiled declaration, or one of an earlier load.</summary>
    public static SourceSpan FileOnly(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
