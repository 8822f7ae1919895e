using System;
using System.Globalization;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph;

/// <summary>Turns checked scalar text into the CLR value of its ontology type, as generated code would write it.</summary>
internal static class ScalarValues
{
    // A boolean boxed once each: a table of many entities would box one per value.
    private static readonly object True = true;
    private static readonly object False = false;

    public static object Convert(ScalarType type, string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            ScalarType.String => text,
            ScalarType.Int => int.Parse(text, NumberStyles.AllowLeadingSign, invariant),
            ScalarType.Long => long.Parse(text, NumberStyles.AllowLeadingSign, invariant),
            ScalarType.Double => double.Parse(text, NumberStyles.Float, invariant),
            ScalarType.Decimal => decimal.Parse(text, NumberStyles.Number, invariant),
            ScalarType.Bool => text is "true" or "True" or "TRUE" ? True : False,
            ScalarType.Date => Date(text),
            ScalarType.DateTime => DateTimeOffset.Parse(text, invariant, DateTimeStyles.AssumeUniversal),
            ScalarType.Uri => new Uri(text, UriKind.Absolute),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a scalar type."),
        };
    }

    /// <summary>
    /// A checked date at its precision (<c>1851</c>, <c>1991-12</c>, <c>2022-09-10</c>); a day is read by hand, as a table
    /// holds thousands and the general parser is slow to start.
    /// </summary>
    private static PartialDate Date(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' && Digits(text, 0, 4, out var year) && Digits(text, 5, 2, out var month) &&
            Digits(text, 8, 2, out var day) && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new PartialDate(year, month, day);
        }

        return PartialDate.Parse(text);
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
