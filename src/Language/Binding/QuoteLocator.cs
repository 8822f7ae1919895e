using System.Collections.Generic;
using System.Text;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Finds a quote in a document regardless of whitespace (runs of spaces, tabs and line breaks match each other)
/// and of typographic quotes (’ matches ', “ and ” match "), and reports where it stands in the original text.
/// </summary>
public sealed class QuoteLocator
{
    private readonly string _text;
    private readonly string _normalized;
    private readonly List<int> _originalIndex;
    private LineMap? _lines;
    private readonly object _gate = new();
    private QuoteIndex? _index;       // of long runs, for most quotes
    private QuoteIndex? _shortIndex;  // of short runs, for quotes shorter than a long run
    private int _searches;
    private int _shortSearches;
    private readonly Dictionary<string, int> _found = new(System.StringComparer.Ordinal);
    private int _explained;

    /// <summary>
    /// How many quotes that do not occur get <see cref="Mismatch"/>'s closer look (a search per halving of the quote);
    /// past it, a stranger's file of many wrong quotes costs a line each, not searches of a long document each.
    /// </summary>
    public const int ExplainedMismatches = 64;

    /// <summary>The document's text as it was given.</summary>
    public string Text => _text;

    public QuoteLocator(string text)
    {
        _text = text;
        (_normalized, _originalIndex) = Normalize(text);
    }

    private LineMap Lines => _lines ??= new LineMap(_text);

    /// <summary>Documents at least this long get an index once they have been searched <see cref="SearchesBeforeIndex"/> times.</summary>
    public const int IndexedLength = 1 << 16;

    private const int SearchesBeforeIndex = 16;

    /// <summary>
    /// The first place of <paramref name="needle"/> in the normalized text: a scan, or for a long document searched
    /// often, its index. Each needle is searched for once: data often cites one passage many times.
    /// </summary>
    private int Search(string needle)
    {
        lock (_found)
        {
            if (_found.TryGetValue(needle, out var known))
            {
                return known;
            }
        }

        var at = SearchOnce(needle);
        lock (_found)
        {
            _found[needle] = at;
        }

        return at;
    }

    /// <summary>A scan, or for a long document searched often, the index of runs as long as the needle allows.</summary>
    private int SearchOnce(string needle)
    {
        if (_normalized.Length < IndexedLength || needle.Length < QuoteIndex.ShortRun)
        {
            return Scan(needle);
        }

        var isShort = needle.Length < QuoteIndex.LongRun;
        ref var index = ref isShort ? ref _shortIndex : ref _index;
        ref var searches = ref isShort ? ref _shortSearches : ref _searches;
        if (index is null && System.Threading.Interlocked.Increment(ref searches) > SearchesBeforeIndex)
        {
            lock (_gate)
            {
                index ??= new QuoteIndex(_normalized, isShort ? QuoteIndex.ShortRun : QuoteIndex.LongRun); // one index, however many threads search at once
            }
        }

        return index is { } built ? built.IndexOf(needle) : Scan(needle);
    }

    private int Scan(string needle) => _normalized.IndexOf(needle, System.StringComparison.Ordinal);

    /// <summary>Offset and length in the original text, with one-based line and column, or null when the quote does not occur.</summary>
    public (int Offset, int Length, int Line, int Column)? Find(string quote)
    {
        var (needle, _) = Normalize(quote);
        needle = needle.Trim();
        if (needle.Length == 0)
        {
            return null;
        }

        var at = Search(needle);
        if (at < 0)
        {
            return null;
        }

        var start = _originalIndex[at];
        var end = _originalIndex[at + needle.Length - 1] + 1;
        var (line, column) = Lines.Position(start);
        return (start, end - start, line, column);
    }

    /// <summary>
    /// Why a quote that does not occur is not found, as the end of a sentence: the longest start of it that the document
    /// holds, where (line and column), and the words at which the two part ways; or that not even its first words occur.
    /// </summary>
    public string Mismatch(string quote)
    {
        var (needle, _) = Normalize(quote);
        needle = needle.Trim();
        if (System.Threading.Interlocked.Increment(ref _explained) > ExplainedMismatches)
        {
            return $"; the file has more than {ExplainedMismatches} quotes that do not occur in this document, so this one gets no closer look";
        }

        // Every start of an occurring start occurs too, so the longest one is found by halving.
        int low = 0, high = needle.Length, at = -1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            var found = Search(needle.Substring(0, middle));
            if (found >= 0)
            {
                low = middle;
                at = found;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (low < System.Math.Min(8, needle.Length) || at < 0)
        {
            return "; not even its first words occur there: check the document, or copy the passage from it";
        }

        var (line, column) = Lines.Position(_originalIndex[at]);
        var documentGoesOn = Words(_normalized, at + low);
        var quoteGoesOn = Words(needle, low);
        return $"; its start \"{LastCharacters(needle.Substring(0, low))}\" is at line {line}, column {column}, and there the document goes on "
            + (documentGoesOn.Length == 0 ? "no further" : $"\"{documentGoesOn}\"") + $" where the quote has \"{quoteGoesOn}\"";
    }

    /// <summary>
    /// Up to 30 characters of <paramref name="text"/> from <paramref name="from"/>, cut at a word's end when one is near;
    /// " ..." marks the cut, apart from the words, so a full stop before it still reads as one ("her life. ...").
    /// </summary>
    private static string Words(string text, int from)
    {
        var length = System.Math.Min(30, text.Length - from);
        var words = text.Substring(from, length);
        var space = words.LastIndexOf(' ');
        return from + length < text.Length && space > 10 ? words.Substring(0, space) + " ..." : words;
    }

    /// <summary>The end of a long start: where the quote parts from the document is what matters.</summary>
    private static string LastCharacters(string text) => text.Length <= 40 ? text : "..." + text.Substring(text.Length - 37);

    private static (string Normalized, List<int> OriginalIndex) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var inSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                    map.Add(i);
                    inSpace = true;
                }

                continue;
            }

            inSpace = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                _ => c,
            });
            map.Add(i);
        }

        return (builder.ToString(), map);
    }
}
