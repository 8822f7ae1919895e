using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// Reads what <see cref="TableWriter"/> wrote, field by field, from its UTF-8 bytes; a table that does not read back
/// throws <see cref="FormatException"/>.
/// </summary>
/// <remarks>
/// The reader works on bytes so that a large compiled table is never turned into one string twice its size: each field
/// becomes a string of its own only when asked for. Read from a stream (a compiled table as it inflates), it holds only
/// a window of the table, which grows to the longest field. The writer escapes every tab, line break and backslash in a
/// value, and no byte of a multi-byte UTF-8 sequence is below 0x80, so fields split on the bytes themselves. Offsets in
/// messages count bytes from the start of the table.
/// </remarks>
public sealed class TableReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private const int StreamWindow = 64 * 1024;
    private readonly Stream? _source;
    private byte[] _text;
    private int _length; // the bytes of _text that hold the table
    private long _windowStart; // where _text[0] stands in the whole table
    private int _position;
    private int _recordStart; // a streamed window always holds the current record whole (see CurrentRecord)
    private bool _fieldPending = true; // a record starts with a field; after that, a tab says another one follows
    private int _lastStart;
    private int _lastEnd;
    private bool _lastEscaped;

    public TableReader(string text)
        : this(Utf8.GetBytes(text))
    {
    }

    public TableReader(byte[] utf8)
        : this(utf8, utf8.Length)
    {
    }

    /// <summary>A table in the first <paramref name="length"/> bytes of <paramref name="utf8"/>.</summary>
    public TableReader(byte[] utf8, int length)
    {
        _text = utf8;
        _length = length;
    }

    /// <summary>A table read as it streams in (the caller disposes the stream).</summary>
    public TableReader(Stream utf8)
    {
        _source = utf8;
        _text = new byte[StreamWindow];
    }

    /// <summary>How many bytes of the table have been read so far (all of them once <see cref="AtEnd"/>).</summary>
    public long BytesRead => _windowStart + _length;

    public bool AtEnd => _position >= _length && !Refill();

    /// <summary>True when the current record has no more fields.</summary>
    public bool AtEndOfRecord => !_fieldPending;

    [MethodImpl(BulkCode.ReadStep)]
    public string? NullableField()
    {
        var (start, end, escaped) = NextField();
        if (!escaped)
        {
            return Text(start, end);
        }

        return end - start == 2 && _text[start + 1] == '-' ? null : Unescape(start, end);
    }

    [MethodImpl(BulkCode.ReadStep)]
    public string Field() => NullableField() ?? throw new FormatException($"A value was expected before offset {_windowStart + _position} of the table.");

    /// <summary>Reads a field and tells whether it is <paramref name="literal"/> (plain text, no escapes), without making a string of it.</summary>
    [MethodImpl(BulkCode.ReadStep)]
    public bool FieldIs(string literal)
    {
        var (start, end, escaped) = NextField();
        return !escaped && Equals(start, end, literal);
    }

    /// <summary>Reads a field and gives the index of the first of <paramref name="names"/> it equals, or -1; makes no string.</summary>
    [MethodImpl(BulkCode.ReadStep)]
    public int FieldIndexIn(IReadOnlyList<string> names)
    {
        var (start, end, escaped) = NextField();
        return escaped ? -1 : names switch
        {
            string[] array => IndexIn(start, end, array),
            List<string> list => IndexIn(start, end, list),
            _ => IndexIn(start, end, names.ToArray()),
        };
    }

    // Over the concrete types: a call through the interface for each name would cost more than the comparison.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexIn(int start, int end, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (Equals(start, end, names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexIn(int start, int end, List<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (Equals(start, end, names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a field whose values repeat from record to record (a type or relation name). A value already in
    /// <paramref name="seen"/> comes back as that same string, so a large table makes a string per name, not per record;
    /// new values are added to it while it is short (a longer one would cost more to search than it saves).
    /// </summary>
    [MethodImpl(BulkCode.Optimized)]
    public string RepeatedField(List<string> seen)
    {
        var index = FieldIndexIn(seen);
        if (index >= 0)
        {
            return seen[index];
        }

        if (_lastEscaped && _lastEnd - _lastStart == 2 && _text[_lastStart + 1] == '-')
        {
            throw new FormatException($"A value was expected before offset {_windowStart + _position} of the table.");
        }

        var value = LastField;
        if (seen.Count < MaxRepeatedValues)
        {
            seen.Add(value);
        }

        return value;
    }

    private const int MaxRepeatedValues = 64;

    /// <summary>Reads a field through <paramref name="interner"/>: a text it has seen comes back as the same string, with none made.</summary>
    [MethodImpl(BulkCode.Optimized)]
    public string? InternedField(FieldInterner interner)
    {
        var (start, end, escaped) = NextField();
        if (escaped)
        {
            return end - start == 2 && _text[start + 1] == '-' ? null : Unescape(start, end);
        }

        return interner.Intern(this, _text, start, end);
    }

    /// <summary>Whether the window's bytes at <c>[start, end)</c> spell <paramref name="text"/>.</summary>
    internal bool Spells(int start, int end, string text) => Equals(start, end, text);

    /// <summary>The text of the window's bytes at <c>[start, end)</c>.</summary>
    internal string TextAt(int start, int end) => Text(start, end);

    /// <summary>Starts reading <paramref name="utf8"/> from its beginning (one reader reads each kept record again in turn).</summary>
    internal void Restart(byte[] utf8)
    {
        (_text, _length, _windowStart, _position, _recordStart, _fieldPending) = (utf8, utf8.Length, 0, 0, 0, true);
    }

    /// <summary>The text of the field just read by <see cref="FieldIndexIn"/> or <see cref="FieldIs"/>, for an error message.</summary>
    public string LastField => _lastEscaped ? Unescape(_lastStart, _lastEnd) : Text(_lastStart, _lastEnd);

    [MethodImpl(BulkCode.ReadStep)]
    public int Int()
    {
        var (start, end, escaped) = NextField();
        var negative = start < end && _text[start] == '-';
        var digits = negative ? start + 1 : start;
        if (escaped || digits == end || end - digits > 10)
        {
            throw new FormatException($"A number was expected before offset {_windowStart + end} of the table.");
        }

        long value = 0;
        for (var i = digits; i < end; i++)
        {
            var digit = _text[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new FormatException($"A number was expected before offset {_windowStart + end} of the table.");
            }

            value = (value * 10) + digit;
        }

        value = negative ? -value : value;
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new FormatException($"The number before offset {_windowStart + end} of the table is too large.");
    }

    public bool Bool() => FieldIs("1");

    /// <summary>Moves past the next field of the record; gives where its text is and whether it holds escapes.</summary>
    [MethodImpl(BulkCode.ReadStep)]
    private (int Start, int End, bool Escaped) NextField()
    {
        if (!_fieldPending || _position > _length)
        {
            throw new FormatException($"A field was expected at offset {_windowStart + _position} of the table.");
        }

        var start = _position;
        var escaped = false;
        do
        {
            escaped |= ScanField();
        }
        while (_position == _length && RefillKeeping(ref start));

        var end = _position;
        _fieldPending = _position < _length && _text[_position] == (byte)'\t';
        if (_fieldPending)
        {
            _position++;
        }

        (_lastStart, _lastEnd, _lastEscaped) = (start, end, escaped);
        return (start, end, escaped);
    }

    /// <summary>Moves to the tab or line break that ends the field, or to the end of the window; tells whether it passed an escape.</summary>
    [MethodImpl(BulkCode.ReadStep)]
    private bool ScanField()
    {
        // In locals: a loop over the fields would load them and store the position at every byte.
        var (text, position, length, escaped) = (_text, _position, _length, false);
        while (position < length)
        {
            var b = text[position];
            if (b is (byte)'\t' or (byte)'\n')
            {
                break;
            }

            escaped |= b == (byte)'\\';
            position++;
        }

        _position = position;
        return escaped;
    }

    [MethodImpl(BulkCode.ReadStep)]
    public void EndRecord()
    {
        if (_fieldPending)
        {
            throw new FormatException($"The record has more fields than expected at offset {_windowStart + _position} of the table.");
        }

        if (_position < _length)
        {
            _position++; // the line break
        }

        _recordStart = _position;

        _fieldPending = true;
    }

    [MethodImpl(BulkCode.Optimized)]
    private string Unescape(int start, int end)
    {
        var field = Text(start, end);
        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (++i >= field.Length)
            {
                throw new FormatException($"An escape ends the field at offset {_windowStart + end} of the table.");
            }

            switch (field[i])
            {
                case '\\': builder.Append('\\'); break;
                case 't': builder.Append('\t'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'q': builder.Append('"'); break;
                case 'u' when i + 4 < field.Length:
                    builder.Append((char)int.Parse(field.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    throw new FormatException($"Unknown escape '\\{field[i]}' in the field at offset {_windowStart + start} of the table.");
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A copy of the current record's bytes, from its first field to the end of the field just read (all of it once its
    /// last field is read): enough to read the record again later (<see cref="KeptInstance"/>).
    /// </summary>
    public byte[] CurrentRecord()
    {
        var bytes = new byte[_position - _recordStart];
        Buffer.BlockCopy(_text, _recordStart, bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary><see cref="Refill()"/>, moving <paramref name="position"/> with the window's content.</summary>
    private bool RefillKeeping(ref int position)
    {
        var windowStart = _windowStart;
        var more = Refill();
        position -= (int)(_windowStart - windowStart);
        return more;
    }

    /// <summary>
    /// Reads more of a streamed table into the window, keeping the current record, which moves to the window's start
    /// (the window grows when a record fills it: a long document's text); false at the end of the table or without a
    /// stream.
    /// </summary>
    private bool Refill()
    {
        if (_source is null)
        {
            return false;
        }

        if (_recordStart > 0)
        {
            var kept = _length - _recordStart;
            Buffer.BlockCopy(_text, _recordStart, _text, 0, kept);
            _windowStart += _recordStart;
            _position -= _recordStart;
            _length = kept;
            _recordStart = 0;
        }
        else if (_length == _text.Length)
        {
            Array.Resize(ref _text, _text.Length * 2);
        }

        var read = _source.Read(_text, _length, _text.Length - _length);
        _length += read;
        return read > 0;
    }

    private string Text(int start, int end)
    {
        try
        {
            return Utf8.GetString(_text, start, end - start);
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException($"The field at offset {_windowStart + start} of the table is not UTF-8.");
        }
    }

    /// <summary>Whether the field's bytes spell <paramref name="text"/>; ASCII (every name a table holds) is compared byte by byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Equals(int start, int end, string text)
    {
        // UTF-8 is never shorter than the text's UTF-16: fewer bytes is another text, and as many means equal only if
        // every character is ASCII.
        var length = end - start;
        if (length < text.Length)
        {
            return false;
        }

        if (length == text.Length)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] >= 0x80 || _text[start + i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        // More bytes than characters: equal only if the text holds a character beyond ASCII.
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80)
            {
                return string.Equals(Text(start, end), text, StringComparison.Ordinal);
            }

            // The characters before this one are ASCII, one byte each, so a byte that differs here is text that differs.
            if (_text[start + i] != text[i])
            {
                return false;
            }
        }

        return false;
    }
}
