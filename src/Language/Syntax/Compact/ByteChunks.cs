using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Language.Syntax.Compact;

/// <summary>
/// Bytes appended in chunks that start small and double up to a size that stays off the large object heap, read back
/// from the start. The collector never looks inside a byte array, so what a large file's syntax is kept as costs it
/// nothing to trace, and a small file's costs about its size. Numbers are written as variable-length integers, small
/// ones in one byte.
/// </summary>
internal sealed class ByteChunks
{
    private const int FirstChunkSize = 256;
    private const int MaxChunkSize = 64 * 1024;
    private readonly List<byte[]?> _chunks = new();
    private byte[] _current = Array.Empty<byte>();
    private int _used;
    private long _full;
    private bool _released;

    /// <summary>The bytes written, for a caller that reports what the store holds (before any reading that releases).</summary>
    public long Length => _full + _used;

    public void Add(byte value)
    {
        if (_used == _current.Length)
        {
            _full += _used;
            _current = new byte[_current.Length == 0 ? FirstChunkSize : Math.Min(2 * _current.Length, MaxChunkSize)];
            _chunks.Add(_current);
            _used = 0;
        }

        _current[_used++] = value;
    }

    public void AddUnsigned(uint value)
    {
        while (value >= 0x80)
        {
            Add((byte)(value | 0x80));
            value >>= 7;
        }

        Add((byte)value);
    }

    /// <summary>A signed number, zigzagged so that small negative numbers stay short too.</summary>
    public void AddSigned(int value) => AddUnsigned((uint)((value << 1) ^ (value >> 31)));

    /// <summary>A string or null: its length plus one (0 for null), then each UTF-16 unit as a number (one byte for ASCII).</summary>
    public void AddString(string? text)
    {
        if (text is null)
        {
            Add(0);
            return;
        }

        AddUnsigned((uint)text.Length + 1);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                Add((byte)c);
            }
            else
            {
                AddUnsigned(c);
            }
        }
    }

    /// <summary>
    /// A reader from the first byte; reading without <paramref name="release"/> may be repeated. With it, each chunk is
    /// dropped once read past, so the store shrinks as it is read, and it cannot be read again.
    /// </summary>
    public Reader Read(bool release)
    {
        if (_released)
        {
            throw new InvalidOperationException("These bytes were read once and dropped as they were read.");
        }

        _released = release;
        return new Reader(this, release);
    }

    /// <summary>Drops every chunk, the one being written included (once read with release).</summary>
    private void Drop()
    {
        _chunks.Clear();
        _current = Array.Empty<byte>();
        _used = 0;
    }

    internal sealed class Reader
    {
        private readonly ByteChunks _owner;
        private readonly bool _release;
        private byte[] _data = Array.Empty<byte>();
        private int _chunk = -1;
        private int _position;
        private char[] _chars = new char[64];

        public Reader(ByteChunks owner, bool release)
        {
            _owner = owner;
            _release = release;
        }

        public byte Next()
        {
            if (_position == _data.Length)
            {
                if (_release && _chunk >= 0)
                {
                    _owner._chunks[_chunk] = null;
                }

                _data = _owner._chunks[++_chunk]!;
                _position = 0;
            }

            return _data[_position++];
        }

        public uint Unsigned()
        {
            uint value = 0;
            var shift = 0;
            byte next;
            do
            {
                next = Next();
                value |= (uint)(next & 0x7F) << shift;
                shift += 7;
            }
            while ((next & 0x80) != 0);

            return value;
        }

        public int Signed()
        {
            var value = Unsigned();
            return (int)(value >> 1) ^ -(int)(value & 1);
        }

        /// <summary>A string <see cref="AddString"/> wrote, made through <paramref name="cache"/>.</summary>
        public string? String(StringCache cache)
        {
            var length = (int)Unsigned();
            if (length == 0)
            {
                return null;
            }

            length--;
            if (_chars.Length < length)
            {
                _chars = new char[Math.Max(length, 2 * _chars.Length)];
            }

            for (var i = 0; i < length; i++)
            {
                _chars[i] = (char)Unsigned();
            }

            return cache.Get(_chars, length);
        }

        /// <summary>Drops what is left of the bytes once every item is read, when reading releases.</summary>
        public void End()
        {
            if (_release)
            {
                _owner.Drop();
                _data = Array.Empty<byte>();
            }
        }
    }
}
