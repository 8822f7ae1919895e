using System;

namespace KnowledgeGraph;

/// <summary>
/// When something happened: one partial date, or an interval whose start or end may be open.
/// It covers the instants from <see cref="Earliest"/> up to <see cref="Latest"/> (exclusive).
/// </summary>
public sealed record TimeExtent(PartialDate? Start, PartialDate? End)
{
    public static TimeExtent On(PartialDate date) => new(date, date);

    public DateTimeOffset Earliest => Start?.Earliest ?? DateTimeOffset.MinValue;

    /// <summary>
    /// Exclusive end; for an instant it is one tick after it so that the extent is never empty. It saturates at
    /// <see cref="DateTimeOffset.MaxValue"/>, which an open end shares.
    /// </summary>
    public DateTimeOffset Latest => End is { } end
        ? (end.Precision != DatePrecision.Instant ? end.End : end.Earliest == DateTimeOffset.MaxValue ? end.Earliest : end.Earliest.AddTicks(1))
        : DateTimeOffset.MaxValue;

    /// <summary>
    /// True when the extent and the instants from <paramref name="from"/> up to <paramref name="toExclusive"/> share one;
    /// an end at <see cref="DateTimeOffset.MaxValue"/> (saturated: the calendar's end) includes that last instant.
    /// </summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset toExclusive)
    {
        if (Earliest >= toExclusive && toExclusive != DateTimeOffset.MaxValue)
        {
            return false;
        }

        var latest = Latest; // computed from the end's period: worked out once, as queries test thousands of events
        return from < latest || latest == DateTimeOffset.MaxValue;
    }

    public bool Overlaps(TimeExtent other) => Overlaps(other.Earliest, other.Latest);

    public override string ToString() => Start == End && Start is { } date
        ? date.ToString()
        : $"{Start?.ToString() ?? "…"} – {End?.ToString() ?? "…"}";
}
