using System;
using KnowledgeGraph.Language.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeGraph.Language.Yaml;

/// <summary>
/// Reads any YAML text with YamlDotNet's event parser into a <see cref="YamlTreeBuilder"/>: one document of nodes,
/// without anchors, aliases or tags. What YamlDotNet throws becomes a diagnostic at its place.
/// </summary>
internal static class YamlDotNetEvents
{
    public static YamlNode? Read(string text, YamlTreeBuilder builder)
    {
        var scanner = new Scanner(new System.IO.StringReader(text));
        try
        {
            var parser = new Parser(scanner);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            if (!parser.Accept<DocumentEnd>(out _))
            {
                while (!builder.Done)
                {
                    Give(parser, builder);
                }

                if (builder.Failed)
                {
                    return null;
                }
            }

            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                builder.Diagnostics.Add(Descriptors.UnsupportedYaml.At(builder.Span(Mark(second.Start), Mark(second.End)), "Several documents in one file", "; split them into separate .kg.yaml files"));
                return null;
            }

            return builder.Root;
        }
        catch (YamlException exception)
        {
            builder.Diagnostics.Add(YamlErrors.Explain(exception, text, builder.Span(Mark(exception.Start), Mark(exception.End)), builder.SpanAt));
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
        {
            // YamlDotNet signals some malformed input (an escape that names no character) with these, at the scanner's place.
            var at = (int)Math.Min(Math.Max(0, scanner.CurrentPosition.Index), text.Length);
            builder.Diagnostics.Add(YamlErrors.Explain(exception, text, at, builder.SpanAt));
            return null;
        }
    }

    /// <summary>
    /// Gives the parser's current event to the builder and moves on. A node is checked against the limits before the
    /// parser reads past it; its event is given after, so that nothing is handed over when the text breaks right there.
    /// </summary>
    private static void Give(IParser parser, YamlTreeBuilder builder)
    {
        var current = parser.Current ?? throw new InvalidOperationException("The YAML parser stopped early.");
        var (start, end) = (Mark(current.Start), Mark(current.End));
        if (current is not (SequenceEnd or MappingEnd) && !Enter(current, builder, start, end))
        {
            return;
        }

        parser.MoveNext();
        switch (current)
        {
            case Scalar scalar:
                builder.Scalar(scalar.Value, scalar.Style == ScalarStyle.Plain, scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded, start, end);
                break;
            case SequenceStart:
                builder.StartSequence(start);
                break;
            case MappingStart:
                builder.StartMapping(start);
                break;
            case SequenceEnd:
                builder.EndSequence(end);
                break;
            case MappingEnd:
                builder.EndMapping(end);
                break;
            default:
                throw new InvalidOperationException($"Unexpected YAML event {current.GetType().Name}.");
        }
    }

    /// <summary>Counts a node against the limits and refuses what the language never reads: aliases, anchors and tags.</summary>
    private static bool Enter(ParsingEvent current, YamlTreeBuilder builder, YamlMark start, YamlMark end)
    {
        if (!builder.Enter(start, end))
        {
            return false;
        }

        switch (current)
        {
            case AnchorAlias:
                builder.Fail(Descriptors.UnsupportedYaml.At(builder.Span(start, end), "Aliases (*name)", "; repeat the value instead"));
                return false;
            case NodeEvent node when !node.Anchor.IsEmpty:
                builder.Fail(Descriptors.UnsupportedYaml.At(builder.Span(start, end), "Anchors (&name)", "; repeat the value instead"));
                return false;
            case NodeEvent node when !node.Tag.IsEmpty:
                builder.Fail(Descriptors.UnsupportedYaml.At(builder.Span(start, end), $"Tags ({node.Tag.Value})", "; remove the tag"));
                return false;
            default:
                return true;
        }
    }

    private static YamlMark Mark(Mark mark) => new((int)Math.Min(mark.Index, int.MaxValue), (int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));
}
