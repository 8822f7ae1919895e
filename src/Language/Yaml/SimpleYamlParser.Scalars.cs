namespace KnowledgeGraph.Language.Yaml;

/// <summary>Scalars on one line: plain, single-quoted and double-quoted.</summary>
internal sealed partial class SimpleYamlParser
{
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

            if (c == '*' && _text[_pos - 1] == ' ')
            {
                // YamlDotNet reads a word that starts with '*' as a possible alias, and then a ': ' after it does not
                // always end the scalar (it depends on its own state of keys): its reading is its own.
                throw new NotSimple();
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
}
