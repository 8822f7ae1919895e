using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// The order in which compiled tables read their entities: each after the tables whose entities it names, so that an
/// entity seldom waits for one further down. Otherwise the tables keep the order they were given. Where tables name
/// each other in a cycle, the walk starts at the one given first: the tables it names are read before it, and what
/// they name of it waits for it.
/// </summary>
internal static class TableOrder
{
    /// <param name="classNames">Each table's generated class, in the order given.</param>
    /// <param name="needs">For each table, the generated classes of the tables its entities name.</param>
    /// <returns>The indexes of the tables, in the order to read their entities.</returns>
    public static int[] NeededFirst(IReadOnlyList<string> classNames, IReadOnlyList<string[]> needs)
    {
        var indexOf = new Dictionary<string, int>(classNames.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < classNames.Count; i++)
        {
            indexOf[classNames[i]] = i;
        }

        // A depth-first walk, with a stack of its own (a chain of thousands of files costs no recursion): a table is
        // placed once every table it needs is placed, or is on the walk's path (a cycle, broken there). The path is an
        // array, not a Stack<int>: that generic instance is not precompiled, and this runs at start-up.
        var (order, placed, onPath) = (new int[classNames.Count], new bool[classNames.Count], new bool[classNames.Count]);
        var (count, path, depth, next) = (0, new int[classNames.Count], 0, new int[classNames.Count]);
        for (var root = 0; root < classNames.Count; root++)
        {
            if (placed[root])
            {
                continue;
            }

            path[depth++] = root;
            onPath[root] = true;
            while (depth > 0)
            {
                var table = path[depth - 1];
                if (next[table] < needs[table].Length)
                {
                    var needed = indexOf.TryGetValue(needs[table][next[table]++], out var at) ? at : -1;
                    if (needed >= 0 && !placed[needed] && !onPath[needed])
                    {
                        path[depth++] = needed;
                        onPath[needed] = true;
                    }

                    continue;
                }

                depth--;
                onPath[table] = false;
                placed[table] = true;
                order[count++] = table;
            }
        }

        return order;
    }
}
