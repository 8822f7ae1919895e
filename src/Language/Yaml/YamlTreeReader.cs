using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Yaml;

/// <summary>
/// Reads YAML text into located nodes. Text in the plain block-and-flow shape that nearly every ontology and data file
/// is written in is read by <see cref="SimpleYamlParser"/>; any other text (block scalars, multi-line values, anchors,
/// tags, mistakes) by YamlDotNet's parser, which gives the same nodes at the same places. Anchors, aliases and tags are
/// refused (so nothing is ever expanded or instantiated), depth and size are bounded, and every failure becomes a
/// diagnostic instead of an exception.
/// </summary>
public static class YamlTreeReader
{
    public static YamlNode? Read(string path, string text, YamlLimits limits, List<KgDiagnostic> diagnostics) =>
        Read(path, text, limits, diagnostics, new StringPool());

    /// <summary>
    /// Reads a file whose scalars share one copy of each short text through <paramref name="strings"/>; the items of
    /// the top-level sections <paramref name="sink"/> takes are handed to it as they end instead of kept in the tree.
    /// When the file turns out not to read (null), what was handed over belongs to no file.
    /// </summary>
    public static YamlNode? Read(string path, string text, YamlLimits limits, List<KgDiagnostic> diagnostics, StringPool? strings, IYamlItemSink? sink = null) =>
        Read(path, text, limits, diagnostics, strings, sink, YamlParsers.Either);

    /// <summary>The same, with the parser chosen: tests read one text with each and compare.</summary>
    internal static YamlNode? Read(string path, string text, YamlLimits limits, List<KgDiagnostic> diagnostics, StringPool? strings, IYamlItemSink? sink, YamlParsers parsers)
    {
        var builder = new YamlTreeBuilder(path, text, limits, diagnostics, strings, sink);
        if (text.Length > limits.MaxCharacters)
        {
            diagnostics.Add(Descriptors.Limits.FileTooLarge.At(new SourceSpan(path, 0, 0, 1, 1, 1, 1), text.Length, limits.MaxCharacters));
            return null;
        }

        var replaced = text.IndexOf(UnicodeText.Replacement);
        if (replaced >= 0)
        {
            diagnostics.Add(Descriptors.InvalidEncoding.At(builder.SpanAt(replaced, 1)));
        }

        if (parsers != YamlParsers.YamlDotNet)
        {
            if (sink is not null)
            {
                // What was handed to a sink cannot be taken back: the shape is checked before anything is read.
                if (SimpleYamlParser.Reads(text, limits))
                {
                    return SimpleYamlParser.Read(text, limits, builder);
                }
            }
            else
            {
                var reported = diagnostics.Count;
                if (SimpleYamlParser.TryRead(text, limits, builder))
                {
                    return builder.Failed ? null : builder.Root;
                }

                diagnostics.RemoveRange(reported, diagnostics.Count - reported);
                builder = new YamlTreeBuilder(path, text, limits, diagnostics, strings, sink);
            }

            if (parsers == YamlParsers.SimpleOnly)
            {
                throw new ArgumentException("The text is not in the shape the simple parser reads.", nameof(text));
            }
        }

        return YamlDotNetEvents.Read(text, builder);
    }
}

/// <summary>Which parser <see cref="YamlTreeReader"/> reads a text with.</summary>
internal enum YamlParsers
{
    /// <summary>The simple parser when the text is in its shape, YamlDotNet's otherwise.</summary>
    Either,

    /// <summary>YamlDotNet's parser, whatever the text.</summary>
    YamlDotNet,

    /// <summary>The simple parser, and an exception when the text is not in its shape.</summary>
    SimpleOnly,
}
