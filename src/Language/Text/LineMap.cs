using System.Collections.Generic;

namespace KnowledgeGraph.Language.Text;

/// <summary>
/// Where each line of a text starts, so that the line and column of any offset cost a binary search: a document quoted
/// many times is not scanned from its start for each quote.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _starts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        _starts = starts.ToArray();
    }

    /// <summary>How many lines the text has (one more than its line breaks).</summary>
    public int Count => _starts.Length;

    /// <summary>The one-based line and column (in UTF-16 units, as <see cref="UnicodeText.Position"/> counts) of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = System.Array.BinarySearch(_starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _starts[line] + 1);
    }
}
