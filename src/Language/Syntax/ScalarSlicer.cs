using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>Locates a part of a one-line scalar, so that "Plce+" or one word of a short fact is pointed at exactly.</summary>
internal static class ScalarSlicer
{
    public static Located Slice(YamlScalar scalar, int offset, int length)
    {
        var span = scalar.Span;
        var text = scalar.Value.Substring(offset, length);
        if (span.StartLine != span.EndLine)
        {
            return new Located(text, span);
        }

        var shift = scalar.IsPlain ? 0 : 1; // the opening quote
        var start = span.Start + shift + offset;
        var column = span.StartColumn + shift + offset;
        return new Located(text, new SourceSpan(span.Path, start, start + length, span.StartLine, column, span.StartLine, column + length));
    }
}
