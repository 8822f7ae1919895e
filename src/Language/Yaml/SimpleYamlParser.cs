using System;

namespace KnowledgeGraph.Language.Yaml;

/// <summary>
/// A parser for the shape of YAML that nearly every ontology and data file is written in, many times faster than
/// YamlDotNet's and with a fraction of its allocation: block mappings and lists by indentation, one-line flow mappings
/// and lists, and one-line scalars (plain, single- or double-quoted), with comments and blank lines anywhere.
/// It gives the same events at the same places as YamlDotNet for every text it reads. Anything else (block scalars,
/// values over several lines, anchors, tags, escapes other than <c>\\</c> and <c>\"</c>, tabs, control characters,
/// document markers, and every mistake) it leaves to YamlDotNet: <see cref="Reads"/> tells, before any event is given,
/// whether a text is in its shape.
/// </summary>
internal sealed partial class SimpleYamlParser
{
    private readonly string _text;
    private readonly int _maxDepth;
    private readonly YamlTreeBuilder? _builder;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _depth;

    private SimpleYamlParser(string text, YamlLimits limits, YamlTreeBuilder? builder)
    {
        _text = text;
        _maxDepth = limits.MaxDepth;
        _builder = builder;
    }

    /// <summary>Whether the text is in the shape this parser reads: a reading that gives no events and never fails halfway.</summary>
    public static bool Reads(string text, YamlLimits limits)
    {
        if (!HasOnlySimpleCharacters(text))
        {
            return false;
        }

        try
        {
            new SimpleYamlParser(text, limits, builder: null).ReadDocument();
            return true;
        }
        catch (NotSimple)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads a text into <paramref name="builder"/> without first asking <see cref="Reads"/>: false, with the builder
    /// spoilt, when the text turns out not to be in this parser's shape. Only for a builder whose events can be thrown
    /// away, one with no sink; it spares such a reading (the generator's, on every edit) a pass over the text.
    /// </summary>
    public static bool TryRead(string text, YamlLimits limits, YamlTreeBuilder builder)
    {
        if (!HasOnlySimpleCharacters(text))
        {
            return false;
        }

        try
        {
            new SimpleYamlParser(text, limits, builder).ReadDocument();
            return true;
        }
        catch (NotSimple)
        {
            return false;
        }
        catch (Stopped)
        {
            // The builder stopped at a limit. Up to there YamlDotNet gives the same events only when the whole text is
            // in this shape: a text that is not may read differently before the place where this parser gives up.
            return Reads(text, limits);
        }
    }

    /// <summary>Reads a text that <see cref="Reads"/> accepted into <paramref name="builder"/>.</summary>
    public static YamlNode? Read(string text, YamlLimits limits, YamlTreeBuilder builder)
    {
        try
        {
            new SimpleYamlParser(text, limits, builder).ReadDocument();
        }
        catch (NotSimple)
        {
            throw new InvalidOperationException("The simple YAML parser refused a text it had accepted.");
        }
        catch (Stopped)
        {
            // The builder failed (too many nodes) and has reported it.
        }

        return builder.Failed ? null : builder.Root;
    }

    private void ReadDocument()
    {
        SkipToContent();
        if (AtEnd)
        {
            return;
        }

        ReadBlockNode(Indent);
        if (!AtEnd)
        {
            throw new NotSimple();
        }
    }

    /// <summary>A node that starts a line (or follows a list's dash) at <paramref name="indent"/>.</summary>
    private void ReadBlockNode(int indent)
    {
        if (AtDash)
        {
            ReadBlockSequence(indent, indentless: false);
        }
        else if (StartsKey())
        {
            ReadBlockMapping(indent);
        }
        else
        {
            ReadValueNode(flow: false);
            EndLine();
        }
    }

    /// <summary>A mapping whose keys start lines at <paramref name="indent"/>; on return the next content starts a line less indented.</summary>
    private void ReadBlockMapping(int indent)
    {
        Enter(out var start);
        _builder?.StartMapping(start);
        while (true)
        {
            ReadKey();
            var afterColon = Mark();
            SkipSpaces();
            if (AtLineEnd)
            {
                SkipToContent();
                var next = AtEnd ? -1 : Indent;
                if (next > indent)
                {
                    ReadBlockNode(next);
                }
                else if (next == indent && AtDash)
                {
                    ReadBlockSequence(indent, indentless: true);
                }
                else
                {
                    EmptyScalar(afterColon);
                }
            }
            else
            {
                ReadValueNode(flow: false);
                EndLine();
            }

            var following = AtEnd ? -1 : Indent;
            if (following > indent || following == indent && AtDash)
            {
                throw new NotSimple();
            }

            if (following < indent)
            {
                break;
            }
        }

        _depth--;
        _builder?.EndMapping(Mark());
    }

    /// <summary>
    /// A list whose dashes start lines at <paramref name="indent"/>. An indentless list (a mapping's value whose dashes
    /// stand at the key's own indentation) ends at the mapping's next key.
    /// </summary>
    private void ReadBlockSequence(int indent, bool indentless)
    {
        // YamlDotNet places an indentless list's start over its first dash, and any other list's start before it.
        Enter(out var start, width: indentless ? 1 : 0);
        _builder?.StartSequence(start);
        while (true)
        {
            _pos++;
            SkipSpaces();
            if (AtLineEnd)
            {
                SkipToContent();
                if (AtEnd || Indent <= indent)
                {
                    throw new NotSimple();
                }

                ReadBlockNode(Indent);
            }
            else if (AtDash)
            {
                throw new NotSimple();
            }
            else if (StartsKey())
            {
                ReadBlockMapping(Column - 1);
            }
            else
            {
                ReadValueNode(flow: false);
                EndLine();
            }

            var following = AtEnd ? -1 : Indent;
            if (following > indent || following == indent && !AtDash && !indentless)
            {
                throw new NotSimple();
            }

            if (following < indent || !AtDash)
            {
                break;
            }
        }

        _depth--;
        _builder?.EndSequence(Mark());
    }

    /// <summary>A block mapping's key and its colon, which is followed by a space or the end of the line.</summary>
    private void ReadKey()
    {
        var start = Mark();
        string? value;
        bool plain;
        if (Current is '\'' or '"')
        {
            value = ReadQuoted();
            plain = false;
        }
        else if (StartsPlain(flow: false))
        {
            value = ReadPlain(flow: false);
            plain = true;
        }
        else
        {
            throw new NotSimple();
        }

        if (_pos - start.Index > MaxKeyLength || Current != ':' || !IsBlankOrEnd(_pos + 1))
        {
            throw new NotSimple();
        }

        GiveScalar(value, plain, start, Mark());
        _pos++;
    }

    /// <summary>Whether the line from here on is a key and its colon (without reading it).</summary>
    private bool StartsKey()
    {
        var (pos, line, lineStart) = (_pos, _line, _lineStart);
        try
        {
            if (Current is '\'' or '"')
            {
                ReadQuoted(skipValue: true);
            }
            else if (StartsPlain(flow: false))
            {
                ReadPlain(flow: false, skipValue: true);
            }
            else
            {
                return false;
            }

            return Current == ':' && IsBlankOrEnd(_pos + 1);
        }
        finally
        {
            (_pos, _line, _lineStart) = (pos, line, lineStart);
        }
    }

    /// <summary>A mapping or list starts here, <paramref name="width"/> characters wide as YamlDotNet reports it.</summary>
    private void Enter(out YamlMark start, int width = 0)
    {
        start = Mark();
        if (++_depth > _maxDepth)
        {
            throw new NotSimple();
        }

        if (_builder is not null && !_builder.Enter(start, start with { Index = start.Index + width, Column = start.Column + width }))
        {
            throw new Stopped();
        }
    }

    private void GiveScalar(string? value, bool plain, YamlMark start, YamlMark end)
    {
        if (_builder is null)
        {
            return;
        }

        if (!_builder.Enter(start, end))
        {
            throw new Stopped();
        }

        _builder.Scalar(value!, plain, isBlock: false, start, end);
    }

    /// <summary>A mapping's value left out ("key:" and nothing nested): an empty plain scalar right after the colon.</summary>
    private void EmptyScalar(YamlMark afterColon) => GiveScalar(string.Empty, true, afterColon, afterColon);

    /// <summary>YAML's limit on an implicit key, where YamlDotNet's places would be its own.</summary>
    private const int MaxKeyLength = 1024;

    /// <summary>The text is not in this parser's shape: YamlDotNet reads it.</summary>
    private sealed class NotSimple : Exception
    {
    }

    /// <summary>The builder failed: reading stops.</summary>
    private sealed class Stopped : Exception
    {
    }
}
