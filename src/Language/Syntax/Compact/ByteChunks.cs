using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Language.Syntax.Compact;

/// <summary>
/// Bytes appended in chunks small enough to stay off the large object heap, and read back once, from the start. The
/// collector never looks inside a byte array, so what a large file's syntax is kept as costs it nothing to trace.
/// Numbers are written as variable-length integers, small ones in one byte.
/// </summary>
internal sealed class ByteChunks
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]?> _chunks = new();
    private byte[] _current = Array.Empty<byte>();
    private int _used;
    private bool _released;

    /// <summary>The bytes written so far, for a caller that reports what the store holds.</summary>
    public long Length => _chunks.Count == 0 ? 0 : (long)(_chunks.Count - 1) * ChunkSize + _used;

    public void Add(byte value)
    {
        if (_used == _current.Length)
        {
            _current = new byte[ChunkSize];
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
    /// A reader from the first byte. With <paramref name="release"/>, each chunk is dropped once read past, so the store
    /// shrinks as it is read, and cannot be read again.
    /// </summary>
    public Reader Read(bool release)
    {
        if (_released)
        {
            throw new InvalidOperationException("These bytes were read once and dropped as they were read.");
        }

        _released = release;
        return new Reader(_chunks, release);
    }

    internal sealed class Reader
    {
        private readonly List<byte[]?> _chunks;
        private readonly bool _release;
        private int _chunk;
        private int _position;
        private char[] _chars = new char[256];

        public Reader(List<byte[]?> chunks, bool release)
        {
            _chunks = chunks;
            _release = release;
        }

        public byte Next()
        {
            if (_position == ChunkSize)
            {
                if (_release)
                {
                    _chunks[_chunk] = null;
                }

                _chunk++;
                _position = 0;
            }

            return _chunks[_chunk]![_position++];
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
                _chars = new char[System.Math.Max(length, 2 * _chars.Length)];
            }

            for (var i = 0; i < length; i++)
            {
                _chars[i] = (char)Unsigned();
            }

            return cache.Get(_chars, length);
        }

        /// <summary>Drops what is left once every item is read, when reading releases.</summary>
        public void End()
        {
            if (_release)
            {
                _chunks.Clear();
            }
        }
    }
}
