namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Where a quote first occurs in a long document, without scanning the document for each quote: every run of
/// <see cref="RunLength"/> characters is filed by its hash, in order of place, and a quote is looked for only where its
/// rarest run stands. A file of strangers' data may quote a 16 MiB document a hundred thousand times; a scan per quote
/// would take hours, this takes a lookup and, in text as people write it, a comparison or a few per quote. A locator
/// keeps one index of long runs and, for quotes shorter than those, one of short runs. Text made so that every run of
/// a quote recurs while the quote does not still makes a lookup compare at many places (docs/benchmarks.md, "Locating
/// quotes"). The buckets are mixed with a number drawn per process, so a document cannot be written to crowd one. The
/// answer is the one <see cref="string.IndexOf(string, System.StringComparison)"/> gives (ordinal), as the candidates
/// are visited in order.
/// </summary>
internal sealed class QuoteIndex
{
    /// <summary>The runs of the index for most quotes.</summary>
    public const int LongRun = 16;

    /// <summary>The runs of the index for quotes shorter than <see cref="LongRun"/>; shorter quotes still are scanned for.</summary>
    public const int ShortRun = 4;

    private const ulong Base = 1_000_003;

    private static readonly ulong Mixer = Draw();

    private readonly string _text;
    private readonly int _runLength;
    private readonly int[] _first;      // bucket -> the first place (+ 1) whose run falls in it
    private readonly int[] _next;       // place -> the next place (+ 1) of the same bucket
    private readonly ushort[] _counts;  // bucket -> how many places (saturating)
    private readonly int _shift;

    /// <summary>How many characters a filed run has; shorter quotes are searched by a scan.</summary>
    public int RunLength => _runLength;

    public QuoteIndex(string text, int runLength = LongRun)
    {
        _text = text;
        _runLength = runLength;
        var places = System.Math.Max(0, text.Length - runLength + 1);
        var bits = 10;
        while (bits < 30 && (1 << bits) < places / 4)
        {
            bits++;
        }

        _shift = 64 - bits;
        _first = new int[1 << bits];
        _counts = new ushort[1 << bits];
        _next = new int[places];
        if (places == 0)
        {
            return;
        }

        // Hashes from the last place to the first, so that each bucket's chain runs in order of place.
        var hash = Hash(text, places - 1);
        var outWeight = Power(runLength - 1);
        var backwards = Inverse(Base);
        for (var place = places - 1; ; place--)
        {
            var bucket = Bucket(hash);
            _next[place] = _first[bucket];
            _first[bucket] = place + 1;
            if (_counts[bucket] < ushort.MaxValue)
            {
                _counts[bucket]++;
            }

            if (place == 0)
            {
                break;
            }

            // Drop the run's last character, take in the one before its first.
            hash = ((hash - text[place + runLength - 1]) * backwards) + (text[place - 1] * outWeight);
        }
    }

    /// <summary>The first place of <paramref name="needle"/>, or -1; a needle shorter than a run is scanned for.</summary>
    public int IndexOf(string needle)
    {
        if (needle.Length < _runLength)
        {
            return _text.IndexOf(needle, System.StringComparison.Ordinal);
        }

        // The needle's rarest run: the fewest places to compare.
        var offset = 0;
        var fewest = int.MaxValue;
        var hash = Hash(needle, 0);
        var outWeight = Power(_runLength - 1);
        for (var at = 0; ; at++)
        {
            var count = _counts[Bucket(hash)];
            if (count < fewest)
            {
                (fewest, offset) = (count, at);
            }

            if (fewest == 0 || at + _runLength == needle.Length)
            {
                break;
            }

            hash = (hash - (needle[at] * outWeight)) * Base + needle[at + _runLength];
        }

        if (fewest == 0)
        {
            return -1;
        }

        var bucketOf = Bucket(Hash(needle, offset));
        for (var place = _first[bucketOf] - 1; place >= 0; place = _next[place] - 1)
        {
            var start = place - offset;
            if (start >= 0 && start + needle.Length <= _text.Length && string.CompareOrdinal(_text, start, needle, 0, needle.Length) == 0)
            {
                return start;
            }
        }

        return -1;
    }

    private int Bucket(ulong hash) => (int)((hash * Mixer) >> _shift);

    /// <summary>An odd number drawn once per process, which spreads the runs' hashes over the buckets.</summary>
    private static ulong Draw()
    {
        var random = new System.Random();
        return ((ulong)(uint)random.Next() << 33) ^ ((ulong)(uint)random.Next() << 11) ^ (uint)random.Next() | 1UL | (1UL << 63);
    }

    private ulong Hash(string text, int from)
    {
        ulong hash = 0;
        for (var i = from; i < from + _runLength; i++)
        {
            hash = (hash * Base) + text[i];
        }

        return hash;
    }

    private static ulong Power(int exponent)
    {
        ulong power = 1;
        for (var i = 0; i < exponent; i++)
        {
            power *= Base;
        }

        return power;
    }

    /// <summary>The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration), to roll a hash backwards.</summary>
    private static ulong Inverse(ulong odd)
    {
        var inverse = odd;
        for (var i = 0; i < 5; i++)
        {
            inverse *= 2 - (odd * inverse);
        }

        return inverse;
    }
}
