using System;
using System.Globalization;

namespace KnowledgeGraph;

/// <summary>
/// A date known to a year (<c>2022</c>), a month (<c>2022-09</c>), a day (<c>2022-09-10</c>) or an instant
/// (<c>2022-09-10T14:30:00Z</c>). It stands for the whole period it names: <see cref="Earliest"/> to <see cref="End"/>.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private PartialDate(DateTimeOffset earliest, DatePrecision precision)
    {
        Earliest = earliest;
        Precision = precision;
    }

    public PartialDate(int year) : this(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Year) { }

    public PartialDate(int year, int month) : this(new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Month) { }

    public PartialDate(int year, int month, int day) : this(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), DatePrecision.Day) { }

    public PartialDate(DateTimeOffset instant) : this(instant.ToUniversalTime(), DatePrecision.Instant) { }

    public DatePrecision Precision { get; }

    /// <summary>The first instant of the period (UTC).</summary>
    public DateTimeOffset Earliest { get; }

    private static readonly long LastDayTicks = DateTimeOffset.MaxValue.UtcDateTime.Date.Ticks;

    /// <summary>
    /// The instant just after the period (UTC, exclusive); equal to <see cref="Earliest"/> for an instant. A period that
    /// reaches the last day .NET can represent (9999-12-31) ends at <see cref="DateTimeOffset.MaxValue"/>.
    /// </summary>
    public DateTimeOffset End
    {
        get
        {
            if (Precision == DatePrecision.Instant)
            {
                return Earliest;
            }

            if (Precision == DatePrecision.Day)
            {
                // The common case, worked out from ticks: time queries ask it of every dated fact and event they test.
                return Earliest.UtcTicks >= LastDayTicks ? DateTimeOffset.MaxValue : Earliest.AddTicks(TimeSpan.TicksPerDay);
            }

            var lastDay = DateTimeOffset.MaxValue.UtcDateTime.Date;
            var reachesLastDay = Precision switch
            {
                DatePrecision.Year => Earliest.Year == lastDay.Year,
                DatePrecision.Month => Earliest.Year == lastDay.Year && Earliest.Month == lastDay.Month,
                _ => Earliest.UtcDateTime.Date == lastDay,
            };
            if (reachesLastDay)
            {
                return DateTimeOffset.MaxValue;
            }

            return Precision switch
            {
                DatePrecision.Year => Earliest.AddYears(1),
                DatePrecision.Month => Earliest.AddMonths(1),
                _ => Earliest.AddDays(1),
            };
        }
    }

    public int Year => Earliest.Year;

    public int? Month => Precision >= DatePrecision.Month ? Earliest.Month : null;

    public int? Day => Precision >= DatePrecision.Day ? Earliest.Day : null;

    /// <summary>Parses the forms the ontology language accepts; false for anything else, including impossible dates.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text!;
        var invariant = CultureInfo.InvariantCulture;
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, invariant, out var year) && year >= 1)
        {
            date = new PartialDate(year);
            return true;
        }

        if (TryParseMonthOrDay(value, out date))
        {
            return true;
        }

        if (TryParseInstant(value, out var instant))
        {
            date = new PartialDate(instant);
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> naming a month or day of the calendar (years from 0001), read digit by digit:
    /// compiled data holds a date for many of its entities, and a format string is parsed anew on every call.
    /// </summary>
    private static bool TryParseMonthOrDay(string text, out PartialDate date)
    {
        date = default;
        if (!TryReadMonthOrDayForm(text, out var year, out var month, out var day) || year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/> has the form of a month (<c>yyyy-MM</c>, <paramref name="day"/> 0) or a day
    /// (<c>yyyy-MM-dd</c>) in ASCII digits, whatever the numbers: the one reading of that form, for parsing and for
    /// saying why a date in it names no day.
    /// </summary>
    private static bool TryReadMonthOrDayForm(string text, out int year, out int month, out int day)
    {
        (year, month, day) = (0, 0, 0);
        return text.Length is 7 or 10 && text[4] == '-' && TryDigits(text, 0, 4, out year) && TryDigits(text, 5, 2, out month) &&
            (text.Length == 7 || (text[7] == '-' && TryDigits(text, 8, 2, out day)));
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static readonly string[] InstantFormats = { "yyyy'-'MM'-'dd'T'HH':'mm':'ssK", "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK", "yyyy'-'MM'-'dd'T'HH':'mmK" };

    /// <summary>
    /// What is wrong with a date written in the form of a month or a day that names none (<c>2021-02-30</c>,
    /// <c>1990-13</c>), as a clause for a diagnostic; empty for text of any other form, whose fault is its form.
    /// </summary>
    internal static string WhyNoSuchDay(string? text)
    {
        if (text is null || !TryReadMonthOrDayForm(text, out var year, out var month, out var day))
        {
            return string.Empty;
        }

        if (year < 1)
        {
            return "; it is in that form, but the years start at 0001";
        }

        if (month is < 1 or > 12)
        {
            return $"; it is in that form, but there is no month {text.Substring(5, 2)}";
        }

        return text.Length == 10 && (day < 1 || day > DateTime.DaysInMonth(year, month))
            ? $"; it is in that form, but {text.Substring(0, 7)} has {DateTime.DaysInMonth(year, month)} days"
            : string.Empty;
    }

    /// <summary>
    /// True for an instant written in the right form whose time, taken to UTC, falls before the year 1 or after 9999
    /// (<c>9999-12-31T23:00-05:00</c>): the form is right, the calendar too short.
    /// </summary>
    public static bool IsInstantOutOfRange(string? text)
    {
        if (text is not { Length: > 16 } value || TryParseInstant(value, out _))
        {
            return false;
        }

        var offsetAt = value.EndsWith("Z", StringComparison.Ordinal) ? value.Length - 1 : Math.Max(value.LastIndexOf('+'), value.LastIndexOf('-'));
        if (offsetAt < 16)
        {
            return false;
        }

        var local = value.Substring(0, offsetAt) + "Z";
        var offset = value.Substring(offsetAt);
        return DateTime.TryParseExact(local, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _)
            && (offset == "Z" || DateTimeOffset.TryParseExact("2000-01-01T00:00" + offset, "yyyy'-'MM'-'dd'T'HH':'mmzzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }

    /// <summary>
    /// An ISO 8601 instant with its offset (<c>2022-09-10T14:30Z</c>, <c>2022-09-10T14:30:00+03:00</c>, seconds and their
    /// fraction optional); false for anything else, a local time without offset included.
    /// </summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        return text is { Length: > 16 } value && value[10] == 'T'
            && (value.EndsWith("Z", StringComparison.Ordinal) || value.IndexOf('+', 16) > 0 || value.IndexOf('-', 16) > 0)
            && DateTimeOffset.TryParseExact(value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a year, month, day or instant.");

    public bool Equals(PartialDate other) => Earliest == other.Earliest && Precision == other.Precision;

    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    public override int GetHashCode() => Earliest.GetHashCode() * 31 + (int)Precision;

    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>The date as written in ontology files (<c>2022</c>, <c>2022-09</c>, <c>2022-09-10</c>, <c>2022-09-10T14:30:00Z</c>).</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Earliest.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Earliest.ToString("yyyy'-'MM", CultureInfo.InvariantCulture),
        DatePrecision.Day => Earliest.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
        _ => Earliest.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
    };
}
