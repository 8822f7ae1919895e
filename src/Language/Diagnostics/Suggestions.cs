using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>Finds the likely intended name for a misspelt one ("did you mean ...?").</summary>
public static class Suggestions
{
    /// <summary>Names longer than this get no suggestion: they are not typos, and aligning them would cost their square.</summary>
    private const int MaxLength = 200;

    /// <summary>Returns "; did you mean 'x'?" for the closest candidate, or an empty string when none is close.</summary>
    public static string DidYouMean(string actual, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = actual.Length <= 3 ? 1 : actual.Length <= 8 ? 2 : 3;
        if (actual.Length > MaxLength)
        {
            return string.Empty;
        }

        var lowered = actual.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            // Names whose lengths differ by more than the distance allowed cannot be close: skip them without aligning.
            if (Math.Abs(candidate.Length - actual.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= allowed && best != actual ? $"; did you mean '{best}'?" : string.Empty;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
