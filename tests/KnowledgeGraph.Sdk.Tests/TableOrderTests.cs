using System;
using System.Linq;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>The order compiled tables read their entities in: what a table names first, otherwise as given.</summary>
public sealed class TableOrderTests
{
    [Theory]
    [InlineData("A:,B:,C:", "A,B,C")] // nothing needed: as given
    [InlineData("A:C,B:,C:B", "B,C,A")] // A needs C, which needs B
    [InlineData("A:B,B:A", "B,A")] // a cycle: broken where the walk from the first table meets it
    [InlineData("A:B,B:C,C:A,D:", "C,B,A,D")]
    [InlineData("A:Gone,B:", "A,B")] // a need of no table given is not a table to wait for
    [InlineData("A:A,B:", "A,B")] // a table naming itself
    [InlineData("A:B;C,B:C,C:", "C,B,A")]
    public void Tables_come_after_those_they_need(string given, string expected)
    {
        var tables = given.Split(',').Select(t => t.Split(':')).ToArray();
        var names = tables.Select(t => t[0]).ToArray();
        var needs = tables.Select(t => t[1].Length == 0 ? Array.Empty<string>() : t[1].Split(';')).ToArray();

        var order = TableOrder.NeededFirst(names, needs);

        Assert.Equal(expected, string.Join(",", order.Select(i => names[i])));
    }

    [Fact]
    public void A_chain_of_a_hundred_thousand_tables_costs_no_recursion()
    {
        const int count = 100_000;
        var names = Enumerable.Range(0, count).Select(i => "T" + i).ToArray();
        var needs = Enumerable.Range(0, count).Select(i => i + 1 < count ? new[] { "T" + (i + 1) } : Array.Empty<string>()).ToArray();

        var order = TableOrder.NeededFirst(names, needs);

        Assert.Equal(Enumerable.Range(0, count).Reverse(), order);
    }
}
