using System;
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

    public TableReader(string text) => _text = text;

    public bool AtEnd => _position >= _text.Length;

    /// <summary>True when the current record has no more fields.</summary>
    public bool AtEndOfRecord => !_fieldPending;

    [MethodImpl(BulkCode.Optimized)]
    public string? NullableField()
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

        if (!escaped)
        {
            return _text.Substring(start, end - start);
        }

        return end - start == 2 && _text[start + 1] == '-' ? null : Unescape(start, end);
    }

    [MethodImpl(BulkCode.Optimized)]
    public string Field() => NullableField() ?? throw new FormatException($"A value was expected before offset {_position} of the table.");

    [MethodImpl(BulkCode.Optimized)]
    public int Int() => int.Parse(Field(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public bool Bool() => Field() == "1";

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
