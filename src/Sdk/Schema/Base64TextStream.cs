using System;
using System.IO;

namespace KnowledgeGraph;

/// <summary>
/// The bytes that consecutive base64 strings stand for, decoded as they are read: a compiled table's string constants
/// are inflated straight from them, with no array of the whole decoded table in between. Each part holds whole blocks
/// of 4 characters, so no block spans two parts.
/// </summary>
internal sealed class Base64TextStream : Stream
{
    private readonly string[] _parts;
    private readonly byte[] _block = new byte[3]; // one decoded block, for a reader that asks for fewer than 3 bytes
    private int _blockStart;
    private int _blockCount;
    private int _part;
    private int _position; // in _parts[_part]

    public Base64TextStream(params string[] parts) => _parts = parts;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_blockCount > 0)
        {
            var taken = Math.Min(_blockCount, buffer.Length);
            _block.AsSpan(_blockStart, taken).CopyTo(buffer);
            (_blockStart, _blockCount) = (_blockStart + taken, _blockCount - taken);
            return taken;
        }

        while (_part < _parts.Length && _position == _parts[_part].Length)
        {
            (_part, _position) = (_part + 1, 0);
        }

        if (_part == _parts.Length || buffer.IsEmpty)
        {
            return 0;
        }

        var text = _parts[_part];
        var left = text.Length - _position;
        if (left % 4 != 0)
        {
            throw new FormatException("A compiled data table's base64 text is cut short.");
        }

        // Whole blocks of 4 characters (3 bytes) that fit; a reader asking for fewer than 3 bytes gets them from one block.
        var blocks = Math.Min(buffer.Length / 3, left / 4);
        var target = blocks > 0 ? buffer : _block;
        var chars = text.AsSpan(_position, Math.Max(blocks, 1) * 4);
        if (!Convert.TryFromBase64Chars(chars, target, out var written))
        {
            throw new FormatException("A compiled data table's base64 text does not decode.");
        }

        _position += chars.Length;
        if (blocks > 0)
        {
            return written;
        }

        (_blockStart, _blockCount) = (0, written);
        return Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
