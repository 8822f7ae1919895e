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
internal sealed class SimpleYamlParser
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

    /// <summary>
    /// Tabs, control characters, other line breaks than LF and CRLF, byte order marks, surrogates and non-characters are
    /// left to YamlDotNet, which knows which of them YAML allows where.
    /// </summary>
    private static bool HasOnlySimpleCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~' || c == '\n')
            {
                continue;
            }

            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                return false;
            }

            if (c < '\u00A0' || c is >= '\uD800' and <= '\uDFFF' or '\u2028' or '\u2029' or '\uFEFF' or >= '\uFFFE')
            {
                return false;
            }
        }

        return true;
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
            ReadInlineNode();
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
                ReadInlineNode();
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
                ReadInlineNode();
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

    /// <summary>A scalar or a one-line flow mapping or list that stands on this line.</summary>
    private void ReadInlineNode()
    {
        switch (Current)
        {
            case '[':
                ReadFlowSequence();
                return;
            case '{':
                ReadFlowMapping();
                return;
            case '\'' or '"':
                var start = Mark();
                var quoted = ReadQuoted();
                GiveScalar(quoted, false, start, Mark());
                return;
        }

        if (!StartsPlain(flow: false))
        {
            throw new NotSimple();
        }

        var plainStart = Mark();
        var plain = ReadPlain(flow: false);
        GiveScalar(plain, true, plainStart, Mark());
    }

    private void ReadFlowSequence()
    {
        Enter(out var start);
        _builder?.StartSequence(start);
        _pos++;
        SkipSpaces();
        if (Current != ']')
        {
            while (true)
            {
                ReadFlowNode();
                SkipSpaces();
                if (Current == ':')
                {
                    throw new NotSimple();
                }

                if (!AfterFlowItem(']'))
                {
                    break;
                }
            }
        }

        _depth--;
        _builder?.EndSequence(Mark());
        _pos++;
    }

    private void ReadFlowMapping()
    {
        Enter(out var start);
        _builder?.StartMapping(start);
        _pos++;
        SkipSpaces();
        if (Current != '}')
        {
            while (true)
            {
                if (Current is '[' or '{')
                {
                    throw new NotSimple();
                }

                ReadFlowNode();
                if (Current != ':' || _pos + 1 >= _text.Length || _text[_pos + 1] != ' ')
                {
                    throw new NotSimple();
                }

                _pos++;
                SkipSpaces();
                if (Current is ',' or '}')
                {
                    throw new NotSimple();
                }

                ReadFlowNode();
                SkipSpaces();
                if (!AfterFlowItem('}'))
                {
                    break;
                }
            }
        }

        _depth--;
        _builder?.EndMapping(Mark());
        _pos++;
    }

    /// <summary>After an item of a flow collection: true at a comma followed by another item, false at the closing bracket.</summary>
    private bool AfterFlowItem(char closing)
    {
        if (Current == closing)
        {
            return false;
        }

        if (Current != ',')
        {
            throw new NotSimple();
        }

        _pos++;
        SkipSpaces();
        if (Current == closing || Current == ',')
        {
            throw new NotSimple();
        }

        return true;
    }

    private void ReadFlowNode()
    {
        switch (Current)
        {
            case '[':
                ReadFlowSequence();
                return;
            case '{':
                ReadFlowMapping();
                return;
            case '\'' or '"':
                var start = Mark();
                var quoted = ReadQuoted();
                GiveScalar(quoted, false, start, Mark());
                return;
        }

        if (!StartsPlain(flow: true))
        {
            throw new NotSimple();
        }

        var plainStart = Mark();
        var plain = ReadPlain(flow: true);
        GiveScalar(plain, true, plainStart, Mark());
    }

    /// <summary>
    /// Whether a plain scalar starts here: not at an indicator, except a dash before a character that is not a space
    /// (<c>-5</c>); in a flow collection, nor a dash before one of its brackets or commas.
    /// </summary>
    private bool StartsPlain(bool flow)
    {
        var c = Current;
        if (c == '-')
        {
            var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\n';
            return next is not (' ' or '\n' or '\r') && !(flow && IsFlowIndicator(next));
        }

        return c is not ('\0' or ' ' or '\n' or '\r' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    /// <summary>
    /// A plain scalar on one line: it ends before a colon followed by a space or the line's end, before a space and a
    /// comment, at the line's end, and in a flow collection before its brackets and commas. Spaces before the end are
    /// not part of it.
    /// </summary>
    private string? ReadPlain(bool flow, bool skipValue = false)
    {
        var start = _pos;
        var end = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == ' ')
            {
                _pos++;
                continue;
            }

            if (c == '#' && _text[_pos - 1] == ' ')
            {
                break;
            }

            if (c == ':' && (IsBlankOrEnd(_pos + 1) || flow && _pos + 1 < _text.Length && IsFlowIndicator(_text[_pos + 1])))
            {
                break;
            }

            if (flow && IsFlowIndicator(c))
            {
                break;
            }

            _pos++;
            end = _pos;
        }

        if (_pos > end && _text[_pos - 1] == ' ' && _pos < _text.Length && _text[_pos] == ':')
        {
            // "key : value" is YAML too, but rare: YamlDotNet's places for it are its own.
            throw new NotSimple();
        }

        _pos = end;
        return skipValue || _builder is null ? null : _text.Substring(start, end - start);
    }

    /// <summary>A single- or double-quoted scalar on one line, with <c>''</c>, or <c>\\</c> and <c>\"</c>, for its quote.</summary>
    private string? ReadQuoted(bool skipValue = false)
    {
        var quote = Current;
        var start = ++_pos;
        var escapes = false;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new NotSimple();
            }

            var c = _text[_pos];
            if (c is '\n' or '\r')
            {
                throw new NotSimple();
            }

            if (quote == '\'' && c == '\'')
            {
                if (_pos + 1 < _text.Length && _text[_pos + 1] == '\'')
                {
                    escapes = true;
                    _pos += 2;
                    continue;
                }

                break;
            }

            if (quote == '"' && c == '\\')
            {
                if (_pos + 1 >= _text.Length || _text[_pos + 1] is not ('\\' or '"'))
                {
                    throw new NotSimple();
                }

                escapes = true;
                _pos += 2;
                continue;
            }

            if (quote == '"' && c == '"')
            {
                break;
            }

            _pos++;
        }

        var end = _pos;
        _pos++;
        if (_pos < _text.Length && _text[_pos] is not (' ' or '\n' or '\r' or ':' or ',' or ']' or '}'))
        {
            throw new NotSimple();
        }

        if (skipValue || _builder is null)
        {
            return null;
        }

        var raw = _text.Substring(start, end - start);
        return !escapes ? raw : quote == '\'' ? raw.Replace("''", "'") : raw.Replace("\\\\", "\\").Replace("\\\"", "\"");
    }

    /// <summary>Past the spaces and the comment that end a line's content; anything else left on the line is not simple.</summary>
    private void EndLine()
    {
        SkipSpaces();
        if (!AtLineEnd)
        {
            throw new NotSimple();
        }

        SkipToContent();
    }

    /// <summary>
    /// From the end of a line's content to the first character of the next line that holds any: past spaces, a comment,
    /// line breaks, and lines that are blank or only a comment. Document markers and directives are not simple.
    /// </summary>
    private void SkipToContent()
    {
        while (true)
        {
            SkipSpaces();
            if (Current == '#' && (_pos == _lineStart || _text[_pos - 1] == ' '))
            {
                while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r'))
                {
                    _pos++;
                }
            }

            if (_pos >= _text.Length)
            {
                return;
            }

            var c = _text[_pos];
            if (c == '\r')
            {
                _pos++;
                c = '\n';
            }

            if (c != '\n')
            {
                if (_pos == _lineStart && IsDocumentMarkerOrDirective())
                {
                    throw new NotSimple();
                }

                return;
            }

            _pos++;
            _line++;
            _lineStart = _pos;
        }
    }

    private bool IsDocumentMarkerOrDirective()
    {
        if (_text[_pos] == '%')
        {
            return true;
        }

        return _pos + 3 <= _text.Length
            && (string.CompareOrdinal(_text, _pos, "---", 0, 3) == 0 || string.CompareOrdinal(_text, _pos, "...", 0, 3) == 0)
            && IsBlankOrEnd(_pos + 3);
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
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

    private YamlMark Mark()
    {
        if (_pos >= _text.Length && _text.Length > 0 && _text[_text.Length - 1] != '\n')
        {
            // YamlDotNet ends a text without a final line break on the line after its last.
            return new YamlMark(_text.Length, _line + 1, 1);
        }

        return new YamlMark(_pos, _line, _pos - _lineStart + 1);
    }

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private int Indent => _pos - _lineStart;

    private int Column => _pos - _lineStart + 1;

    /// <summary>At a list's dash: a dash followed by a space or the line's end.</summary>
    private bool AtDash => Current == '-' && IsBlankOrEnd(_pos + 1);

    /// <summary>At the line's end: a line break, the text's end, or a comment.</summary>
    private bool AtLineEnd => _pos >= _text.Length || _text[_pos] is '\n' or '\r' || _text[_pos] == '#' && _text[_pos - 1] == ' ';

    private bool IsBlankOrEnd(int index) => index >= _text.Length || _text[index] is ' ' or '\n' or '\r';

    private static bool IsFlowIndicator(char c) => c is ',' or '[' or ']' or '{' or '}';

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
