using System;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Syntax.Compact;

/// <summary>What a place written to a compact store leaves out, because it follows from the rest.</summary>
[Flags]
internal enum SpanShape : byte
{
    None = 0,

    /// <summary>The place is in another file than the store's: its path is written.</summary>
    OtherFile = 1,

    /// <summary>The place ends on the line it starts on, as many columns on as it is long: its end's line and column are not written.</summary>
    OneLine = 2,
}

internal static class SpanShapes
{
    /// <summary>The shape of <paramref name="span"/> in a store of the file <paramref name="path"/>.</summary>
    public static SpanShape Of(SourceSpan span, string path) =>
        (span.Path == path ? SpanShape.None : SpanShape.OtherFile)
        | (span.EndLine == span.StartLine && span.EndColumn - span.StartColumn == span.End - span.Start ? SpanShape.OneLine : SpanShape.None);
}
