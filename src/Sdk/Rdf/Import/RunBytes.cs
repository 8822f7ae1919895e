using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Bytes appended in blocks of fixed size (off the large object heap, never copied as they grow) and read back from
/// any offset. Numbers are variable-length integers, small ones in one byte; a fixed eight-byte number can be set again
/// after it was written, which is how a run of triples is linked to the next run of its subject. A block is dropped once
/// no run that lies in it is held any more (<see cref="Close"/>, <see cref="LetGo"/>), so that bytes read and done with
/// do not stay in memory while the rest of a file streams in.
/// </summary>
internal sealed class RunBytes
{
    private const int BlockShift = 16;
    private const int BlockSize = 1 << BlockShift;
    private const int BlockMask = BlockSize - 1;

    private readonly List<byte[]?> _blocks = new();

    /// <summary>Per block, how many held runs lie (partly) in it.</summary>
    private readonly List<int> _holds = new();

    /// <summary>Where the run being written starts; -1 when none is.</summary>
    private long _openFrom = -1;

    public long Length { get; private set; }

    /// <summary>The blocks in memory now, for tests and probes.</summary>
    public int BlocksHeld { get; private set; }

    /// <summary>The most blocks ever in memory at once.</summary>
    public int MostBlocksHeld { get; private set; }

    public void Add(byte value)
    {
        var index = (int)(Length & BlockMask);
        if (index == 0)
        {
            _blocks.Add(new byte[BlockSize]);
            _holds.Add(0);
            BlocksHeld++;
            MostBlocksHeld = Math.Max(MostBlocksHeld, BlocksHeld);

            // The block before may have been let go of while it was still the one being written.
            DropIfFree(_blocks.Count - 2);
        }

        _blocks[^1]![index] = value;
        Length++;
    }

    public void AddUnsigned(ulong value)
    {
        while (value >= 0x80)
        {
            Add((byte)(value | 0x80));
            value >>= 7;
        }

        Add((byte)value);
    }

    /// <summary>A signed number, zigzagged so that small negative numbers stay short too.</summary>
    public void AddSigned(long value) => AddUnsigned((ulong)((value << 1) ^ (value >> 63)));

    /// <summary>Eight bytes that <see cref="SetFixed"/> may set again.</summary>
    public void AddFixed(long value)
    {
        for (var i = 0; i < 8; i++)
        {
            Add((byte)(value >> (8 * i)));
        }
    }

    public void SetFixed(long offset, long value)
    {
        for (var i = 0; i < 8; i++)
        {
            var at = offset + i;
            _blocks[(int)(at >> BlockShift)]![(int)(at & BlockMask)] = (byte)(value >> (8 * i));
        }
    }

    /// <summary>Starts a run at <paramref name="start"/>: no block from there on is dropped until it is closed.</summary>
    public void Open(long start) => _openFrom = start;

    /// <summary>Ends the open run and holds every block it lies in until <see cref="LetGo"/>.</summary>
    public void Close()
    {
        if (_openFrom >= 0)
        {
            for (var block = Block(_openFrom); block <= Block(Length - 1); block++)
            {
                _holds[block]++;
            }

            _openFrom = -1;
        }
    }

    /// <summary>Lets go of a closed run; a block no run holds any more is dropped, unless it is still being written.</summary>
    public void LetGo(long start, long end)
    {
        for (var block = Block(start); block <= Block(end - 1); block++)
        {
            _holds[block]--;
            DropIfFree(block);
        }
    }

    private static int Block(long offset) => (int)(offset >> BlockShift);

    private void DropIfFree(int block)
    {
        var written = block >= _blocks.Count - 1 || (_openFrom >= 0 && block >= Block(_openFrom));
        if (block >= 0 && _holds[block] == 0 && !written && _blocks[block] is not null)
        {
            _blocks[block] = null;
            BlocksHeld--;
        }
    }

    /// <summary>Text as its length, then each UTF-16 unit as a number (one byte for ASCII).</summary>
    public void AddText(string text)
    {
        AddUnsigned((ulong)text.Length);
        foreach (var c in text)
        {
            AddUnsigned(c);
        }
    }

    public Cursor At(long offset) => new(this, offset);

    /// <summary>Reads forward from an offset; a struct, so a reading allocates nothing but the strings it makes.</summary>
    internal struct Cursor
    {
        private readonly RunBytes _owner;
        private long _offset;

        public Cursor(RunBytes owner, long offset)
        {
            _owner = owner;
            _offset = offset;
        }

        public readonly bool AtEnd => _offset >= _owner.Length;

        public readonly long Offset => _offset;

        public byte Next()
        {
            // A dropped block is null: reading it is a fault of the reading's plan, and throws.
            var value = _owner._blocks[(int)(_offset >> BlockShift)]![(int)(_offset & BlockMask)];
            _offset++;
            return value;
        }

        public ulong Unsigned()
        {
            ulong value = 0;
            var shift = 0;
            byte next;
            do
            {
                next = Next();
                value |= (ulong)(next & 0x7F) << shift;
                shift += 7;
            }
            while ((next & 0x80) != 0);

            return value;
        }

        public long Signed()
        {
            var value = Unsigned();
            return (long)(value >> 1) ^ -(long)(value & 1);
        }

        public long Fixed()
        {
            long value = 0;
            for (var i = 0; i < 8; i++)
            {
                value |= (long)Next() << (8 * i);
            }

            return value;
        }

        public void SkipText()
        {
            var length = (long)Unsigned();
            for (var i = 0L; i < length; i++)
            {
                Unsigned();
            }
        }

        public string Text()
        {
            var length = (int)Unsigned();
            if (length == 0)
            {
                return string.Empty;
            }

            var chars = length <= 256 ? stackalloc char[length] : new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = (char)Unsigned();
            }

            return new string(chars);
        }
    }
}
