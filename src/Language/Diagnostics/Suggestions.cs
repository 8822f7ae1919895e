using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>
/// Finds the likely intended name for a misspelt one ("did you mean ...?"). The work is bounded whatever the input: long
/// names get no suggestion, candidates whose length rules them out are skipped unaligned, an alignment stops as soon as
/// it cannot come within the distance allowed, and a <see cref="SuggestionBudget"/> caps what one file may spend in all.
/// </summary>
public static class Suggestions
{
    /// <summary>Names longer than this get no suggestion: they are not typos, and aligning them would cost their square.</summary>
    public const int MaxLength = 200;

    /// <summary>Returns "; did you mean 'x'?" for the closest candidate, or an empty string when none is close.</summary>
    public static string DidYouMean(string actual, IEnumerable<string> candidates) => DidYouMean(actual, candidates, budget: null);

    /// <summary>
    /// The hint for an unknown key: one that <see cref="IsSplitNumber"/> says is the rest of a number gets told about the
    /// comma; any other gets <see cref="DidYouMean(string, IEnumerable{string}, SuggestionBudget?)"/>.
    /// </summary>
    public static string ForUnknownKey(string key, bool splitNumber, IEnumerable<string> candidates, SuggestionBudget? budget = null) =>
        splitNumber
            ? "; a comma inside { } starts another entry: write a number without separators (40000), or quote a text that holds a comma"
            : DidYouMean(key, candidates, budget);

    /// <summary>
    /// Whether an unknown key is what YAML makes of a number written with a thousands separator inside <c>{ }</c>:
    /// <c>population: 40,000</c> is <c>population: 40</c> and a key <c>000</c>. The key is digits alone and stands on the
    /// line of the value before it, a number, as only a <c>{ }</c> mapping allows.
    /// </summary>
    public static bool IsSplitNumber(string key, SourceSpan keySpan, string? valueBefore, SourceSpan valueBeforeSpan) =>
        IsDigits(key) && valueBefore is not null && IsDigits(valueBefore.TrimStart('-', '+')) && keySpan.StartLine == valueBeforeSpan.EndLine;

    private static bool IsDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>As <see cref="DidYouMean(string, IEnumerable{string})"/>, spending from <paramref name="budget"/>; no suggestion once it is spent.</summary>
    public static string DidYouMean(string actual, IEnumerable<string> candidates, SuggestionBudget? budget)
    {
        if (actual.Length > MaxLength || budget is { IsSpent: true })
        {
            return string.Empty;
        }

        var allowed = actual.Length <= 3 ? 1 : actual.Length <= 8 ? 2 : 3;
        string? best = null;
        var bestDistance = allowed + 1;
        var rows = new int[3 * (MaxLength + 2)];
        foreach (var candidate in candidates)
        {
            // Names whose lengths differ by more than the distance allowed cannot be close: skip them without aligning.
            if (Math.Abs(candidate.Length - actual.Length) > allowed || candidate == actual)
            {
                continue;
            }

            if (budget is not null && !budget.Spend())
            {
                break;
            }

            var distance = Distance(actual, candidate, Math.Min(bestDistance, allowed), rows);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A suggestion shares at least one letter with the name: '5' is not a typo of 'd'.
        return best is not null && bestDistance <= allowed && bestDistance < actual.Length ? $"; did you mean '{best}'?" : string.Empty;
    }

    /// <summary>
    /// Optimal string alignment distance, ignoring case: insertions, deletions, substitutions and adjacent swaps. Returns
    /// more than <paramref name="limit"/> as soon as every alignment of a row exceeds it.
    /// </summary>
    private static int Distance(string a, string b, int limit, int[] rows)
    {
        var width = b.Length + 1;
        int previous2 = 0, previous = width, current = 2 * width; // three rows of one array, rotated
        for (var j = 0; j < width; j++)
        {
            rows[previous + j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            rows[current] = i;
            var rowMinimum = i;
            var ai = char.ToLowerInvariant(a[i - 1]);
            for (var j = 1; j < width; j++)
            {
                var bj = char.ToLowerInvariant(b[j - 1]);
                var cost = ai == bj ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                if (i > 1 && j > 1 && ai == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == bj)
                {
                    value = Math.Min(value, rows[previous2 + j - 2] + 1);
                }

                rows[current + j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return rows[previous + width - 1];
    }
}

/// <summary>
/// How many candidate names one file's suggestions may still compare. A file with thousands of misspelt names gets
/// suggestions for the first ones and plain messages for the rest, instead of costing the square of its size.
/// </summary>
public sealed class SuggestionBudget
{
    /// <summary>About a tenth of a second of comparisons (some 200 ns each for names of ten letters, measured on two cores).</summary>
    public const int DefaultComparisons = 500_000;

    private int _left;

    public SuggestionBudget(int comparisons = DefaultComparisons) => _left = comparisons;

    public bool IsSpent => _left <= 0;

    internal bool Spend()
    {
        if (_left <= 0)
        {
            return false;
        }

        _left--;
        return true;
    }
}
