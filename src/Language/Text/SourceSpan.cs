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

    public override string ToString() => $"{Path}({StartLine},{StartColumn})";
}
