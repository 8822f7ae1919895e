namespace KnowledgeGraph.Language.Yaml;

/// <summary>Characters, lines, comments and places.</summary>
internal sealed partial class SimpleYamlParser
{
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
}
