using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.Language.Tables;

/// <summary>Reads what <see cref="TableWriter"/> wrote, field by field; a table that does not read back throws <see cref="FormatException"/>.</summary>
public sealed class TableReader
{
    private readonly string _text;
    private int _position;
    private bool _fieldPending = true; // a record starts with a field; after that, a tab says another one follows
    private int _lastStart;
    private int _lastEnd;
    private bool _lastEscaped;

    public TableReader(string text) => _text = text;

    public bool AtEnd => _position >= _text.Length;

    /// <summary>True when the current record has no more fields.</summary>
    public bool AtEndOfRecord => !_fieldPending;

    [MethodImpl(BulkCode.Optimized)]
    public string? NullableField()
    {
        var (start, end, escaped) = NextField();
        if (!escaped)
        {
            return _text.Substring(start, end - start);
        }

        return end - start == 2 && _text[start + 1] == '-' ? null : Unescape(start, end);
    }

    [MethodImpl(BulkCode.Optimized)]
    public string Field() => NullableField() ?? throw new FormatException($"A value was expected before offset {_position} of the table.");

    /// <summary>Reads a field and tells whether it is <paramref name="literal"/> (plain text, no escapes), without making a string of it.</summary>
    [MethodImpl(BulkCode.Optimized)]
    public bool FieldIs(string literal)
    {
        var (start, end, escaped) = NextField();
        return !escaped && end - start == literal.Length && string.CompareOrdinal(_text, start, literal, 0, literal.Length) == 0;
    }

    /// <summary>Reads a field and gives the index of the first of <paramref name="names"/> it equals, or -1; makes no string.</summary>
    [MethodImpl(BulkCode.Optimized)]
    public int FieldIndexIn(IReadOnlyList<string> names)
    {
        var (start, end, escaped) = NextField();
        if (!escaped)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i].Length == end - start && string.CompareOrdinal(_text, start, names[i], 0, end - start) == 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The text of the field just read by <see cref="FieldIndexIn"/> or <see cref="FieldIs"/>, for an error message.</summary>
    public string LastField => _lastEscaped ? Unescape(_lastStart, _lastEnd) : _text.Substring(_lastStart, _lastEnd - _lastStart);

    [MethodImpl(BulkCode.Optimized)]
    public int Int()
    {
        var (start, end, escaped) = NextField();
        var negative = start < end && _text[start] == '-';
        var digits = negative ? start + 1 : start;
        if (escaped || digits == end || end - digits > 10)
        {
            throw new FormatException($"A number was expected before offset {end} of the table.");
        }

        long value = 0;
        for (var i = digits; i < end; i++)
        {
            var digit = _text[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new FormatException($"A number was expected before offset {end} of the table.");
            }

            value = (value * 10) + digit;
        }

        value = negative ? -value : value;
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new FormatException($"The number before offset {end} of the table is too large.");
    }

    public bool Bool() => FieldIs("1");

    /// <summary>Moves past the next field of the record; gives where its text is and whether it holds escapes.</summary>
    [MethodImpl(BulkCode.Optimized)]
    private (int Start, int End, bool Escaped) NextField()
    {
        if (!_fieldPending || _position > _text.Length)
        {
            throw new FormatException($"A field was expected at offset {_position} of the table.");
        }

        var start = _position;
        var escaped = false;
        while (_position < _text.Length && _text[_position] != '\t' && _text[_position] != '\n')
        {
            escaped |= _text[_position] == '\\';
            _position++;
        }

        var end = _position;
        _fieldPending = _position < _text.Length && _text[_position] == '\t';
        if (_fieldPending)
        {
            _position++;
        }

        (_lastStart, _lastEnd, _lastEscaped) = (start, end, escaped);
        return (start, end, escaped);
    }

    [MethodImpl(BulkCode.Optimized)]
    public void EndRecord()
    {
        if (_fieldPending)
        {
            throw new FormatException($"The record has more fields than expected at offset {_position} of the table.");
        }

        if (_position < _text.Length)
        {
            _position++; // the line break
        }

        _fieldPending = true;
    }

    [MethodImpl(BulkCode.Optimized)]
    private string Unescape(int start, int end)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (++i >= end)
            {
                throw new FormatException($"An escape ends the field at offset {i} of the table.");
            }

            switch (_text[i])
            {
                case '\\': builder.Append('\\'); break;
                case 't': builder.Append('\t'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'q': builder.Append('"'); break;
                case 'u' when i + 4 < end:
                    builder.Append((char)int.Parse(_text.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    throw new FormatException($"Unknown escape '\\{_text[i]}' at offset {i} of the table.");
            }
        }

        return builder.ToString();
    }
}
