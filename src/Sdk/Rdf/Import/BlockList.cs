using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A list that grows by blocks of fixed size and never copies what it holds: for the millions of items of a large
/// file, where a doubling array would copy each item again and again and leave its old arrays behind as garbage.
/// </summary>
internal sealed class BlockList<T>
{
    private const int BlockShift = 14;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<T[]> _blocks = new();

    public int Count { get; private set; }

    public ref T this[int index] => ref _blocks[index >> BlockShift][index & (BlockSize - 1)];

    /// <summary>Adds <paramref name="item"/> and returns its index.</summary>
    public int Add(T item)
    {
        if ((Count & (BlockSize - 1)) == 0)
        {
            _blocks.Add(new T[BlockSize]);
        }

        this[Count] = item;
        return Count++;
    }
}
