using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>The blocks that hold an RDF import's triples: dropped once no run lies in them, never while one does.</summary>
public sealed class RunBytesTests
{
    private const int Block = 1 << 16;

    [Fact]
    public void A_run_over_several_blocks_holds_them_all_and_a_block_it_shares_outlives_it()
    {
        var bytes = new RunBytes();
        bytes.Open(0);
        Fill(bytes, 2 * Block + 100, 7);
        bytes.Add(0);
        bytes.Close();
        var second = bytes.Length;
        bytes.Open(second);
        Fill(bytes, 50, 9); // in the third block, which the first run ends in
        bytes.Add(0);
        bytes.Close();
        Assert.Equal(3, bytes.BlocksHeld);

        bytes.LetGo(0, second);

        Assert.Equal(1, bytes.BlocksHeld); // the first two blocks dropped; the third holds the second run
        var cursor = bytes.At(second);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(9, cursor.Next());
        }
    }

    [Fact]
    public void A_block_let_go_while_it_is_written_is_dropped_once_writing_moves_on_and_not_before()
    {
        var bytes = new RunBytes();
        bytes.Open(0);
        Fill(bytes, 100, 1);
        bytes.Add(0);
        bytes.Close();
        bytes.LetGo(0, bytes.Length);
        Assert.Equal(1, bytes.BlocksHeld); // still the block being written

        var open = bytes.Length;
        bytes.Open(open);
        Fill(bytes, Block, 2); // a run from the first block into the second, still open
        Assert.Equal(2, bytes.BlocksHeld); // the first block holds the open run's start: kept
        Assert.Equal(2, bytes.At(open).Next());

        bytes.Add(0);
        bytes.Close();
        bytes.LetGo(open, bytes.Length);
        Fill(bytes, Block, 3); // writing moves to a third block
        Assert.Equal(1, bytes.BlocksHeld);
        Assert.Equal(2, bytes.MostBlocksHeld); // never three: the first was dropped before the third was made
    }

    private static void Fill(RunBytes bytes, int count, byte value)
    {
        for (var i = 0; i < count; i++)
        {
            bytes.Add(value);
        }
    }
}
