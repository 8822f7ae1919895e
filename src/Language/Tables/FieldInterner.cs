using System;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// One string per distinct text of the fields that repeat across a table's records (enum members, booleans), found
/// from the field's bytes: reading the tables of a large ontology makes a string for each such text once, not once
/// for each value. Shared by the tables of one read. (Ids are not interned: a table names them by number, see
/// <see cref="TableIds"/>.)
/// </summary>
/// <remarks>
/// An open hash table over the UTF-8 bytes (FNV-1a), holding what it has seen until the read ends. It serves the
/// compiled tables, which the generator wrote from the project's own files; the run-time loader reads YAML, not these.
/// </remarks>
public sealed class FieldInterner
{
    private int[] _buckets = new int[64]; // index + 1 into _entries; 0 is empty
    private Entry[] _entries = new Entry[64];
    private int _shift = 32 - 6; // 32 minus the log2 of the buckets' count
    private int _count;

    /// <summary>The string of the field at <c>[start, end)</c> of the reader's window, made the first time only.</summary>
    [MethodImpl(BulkCode.Optimized)]
    internal string Intern(TableReader reader, byte[] bytes, int start, int end)
    {
        var (hash, key) = HashAndKey(bytes, start, end);
        var length = end - start;
        for (var at = _buckets[Bucket(hash)] - 1; at >= 0; at = _entries[at].Next - 1)
        {
            ref var entry = ref _entries[at];
            // A text of up to eight bytes is whole in its key, so the entry alone tells: the string, somewhere else in
            // memory, is not read. A longer one is checked against its string.
            if (entry.Hash == hash && entry.Key == key && entry.Length == length && (length <= 8 || reader.Spells(start, end, entry.Text)))
            {
                return entry.Text;
            }
        }

        var text = reader.TextAt(start, end);
        if (_count == _entries.Length)
        {
            Grow();
        }

        ref var bucket = ref _buckets[Bucket(hash)];
        _entries[_count] = new Entry(hash, key, length, bucket, text);
        bucket = ++_count;
        return text;
    }

    /// <summary>FNV-1a over the bytes, and the first eight bytes packed into one number.</summary>
    [MethodImpl(BulkCode.Optimized)]
    private static (int Hash, ulong Key) HashAndKey(byte[] bytes, int start, int end)
    {
        var (hash, key) = (2166136261u, 0ul);
        for (var i = start; i < end; i++)
        {
            hash = (hash ^ bytes[i]) * 16777619u;
            key = i - start < 8 ? key | ((ulong)bytes[i] << (8 * (i - start))) : key;
        }

        return ((int)hash, key);
    }

    /// <summary>
    /// The bucket of a hash: its high bits after a multiplication by the golden ratio. FNV's low bits, which a mask
    /// would take, vary little between texts that differ in their last characters (e1, e2, ...).
    /// </summary>
    private int Bucket(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private void Grow()
    {
        var size = _entries.Length * 2;
        var entries = new Entry[size]; // not Array.Resize: its instance over this struct is compiled at run time, at start-up
        Array.Copy(_entries, entries, _count);
        _entries = entries;
        _buckets = new int[size];
        _shift = 32 - Log2(size);
        for (var i = 0; i < _count; i++)
        {
            ref var bucket = ref _buckets[Bucket(_entries[i].Hash)];
            _entries[i].Next = bucket;
            bucket = i + 1;
        }
    }

    private static int Log2(int power)
    {
        var log = 0;
        while ((1 << log) < power)
        {
            log++;
        }

        return log;
    }

    private struct Entry
    {
        public Entry(int hash, ulong key, int length, int next, string text)
        {
            Hash = hash;
            Key = key;
            Length = length;
            Next = next;
            Text = text;
        }

        public int Hash;
        public int Length; // in UTF-8 bytes
        public ulong Key; // the first eight bytes
        public int Next;
        public string Text;
    }
}
