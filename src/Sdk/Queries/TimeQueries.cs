using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

/// <summary>
/// Filters facts and events by time, respecting how precisely their dates are known: a fact dated
/// <c>2022-09</c> covers all of September, so it overlaps 10 September; one from <c>2022-03</c> to <c>2022-05</c>
/// (the spring) does not. Days are whole UTC days, and both ends of a range are included. Results come in time order
/// (<see cref="InTimeOrder{T}"/>).
/// </summary>
public static class TimeQueries
{
    /// <summary>The facts or events whose time overlaps the days from <paramref name="from"/> to <paramref name="to"/>, in time order; undated ones are left out.</summary>
    public static IEnumerable<T> During<T>(this IEnumerable<T> items, DateOnly from, DateOnly to)
        where T : ITimed => Overlapping(items, from, to).InTimeOrder();

    private static IEnumerable<T> Overlapping<T>(IEnumerable<T> items, DateOnly from, DateOnly to)
        where T : ITimed
    {
        var (start, end) = Window(from, to);
        foreach (var item in items)
        {
            if (item.Time is { } time && time.Overlaps(start, end))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The facts or events by time: the earliest start first (undated ones, and open starts, before all), then the earliest
    /// end (open ends last); items with the same time keep their order.
    /// </summary>
    public static IEnumerable<T> InTimeOrder<T>(this IEnumerable<T> items)
        where T : ITimed =>
        items.OrderBy(item => item.Time?.Earliest ?? DateTimeOffset.MinValue).ThenBy(item => item.Time?.Latest ?? DateTimeOffset.MinValue);

    /// <summary>
    /// The facts or events that hold on <paramref name="date"/> as far as the graph knows, in time order: those that started by the
    /// end of that day and had not ended before it. Facts with no time at all are taken to hold always; a lasting fact with
    /// no start that an event ended holds until that event. A fact of a lasting relation
    /// (<see cref="RelationInfo.IsLasting"/>) holds from its start until the event that ended it, if any, on whose first
    /// day both the old and the new fact hold.
    /// </summary>
    public static IEnumerable<T> AsOf<T>(this IEnumerable<T> items, DateOnly date)
        where T : ITimed => items.Where(item => item.Time is null || HoldsOn(item.Time, date)).InTimeOrder();

    /// <summary>True when <paramref name="time"/> overlaps the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Overlaps(TimeExtent? time, DateOnly from, DateOnly to)
    {
        var (start, end) = Window(from, to);
        return time is not null && time.Overlaps(start, end);
    }

    /// <summary>The instants of the days from <paramref name="from"/> to <paramref name="to"/>: worked out once for a query that tests many times.</summary>
    internal static (DateTimeOffset Start, DateTimeOffset EndExclusive) Window(DateOnly from, DateOnly to) =>
        to < from
            ? throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to))
            : (StartOf(from), EndOf(to));

    private static bool HoldsOn(TimeExtent time, DateOnly date) =>
        time.Earliest < EndOf(date) && (time.End is null || time.Latest > StartOf(date));

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The instant after <paramref name="day"/>; the last day there is ends at <see cref="DateTimeOffset.MaxValue"/>.</summary>
    private static DateTimeOffset EndOf(DateOnly day) => day == DateOnly.MaxValue ? DateTimeOffset.MaxValue : StartOf(day.AddDays(1));
}
