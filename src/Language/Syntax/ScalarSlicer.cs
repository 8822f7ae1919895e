using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// Locates a part of a one-line scalar, so that "Plce+" or one word of a short fact is pointed at exactly. A scalar whose
/// source is not its value character for character (escapes, doubled quotes, text made NFC) is pointed at as a whole.
/// </summary>
internal static class ScalarSlicer
{
    public static Located Slice(YamlScalar scalar, int offset, int length, StringPool? strings = null)
    {
        var span = scalar.Span;
        var text = scalar.Value.Substring(offset, length);
        text = strings is null ? text : strings.Get(text);
        var shift = scalar.IsPlain ? 0 : 1; // the opening quote
        if (span.StartLine != span.EndLine || span.End - span.Start != scalar.Value.Length + (2 * shift))
        {
            return new Located(text, span);
        }

        var start = span.Start + shift + offset;
        var column = span.StartColumn + shift + offset;
        return new Located(text, new SourceSpan(span.Path, start, start + length, span.StartLine, column, span.StartLine, column + length));
    }
}
