using System;
using System.Globalization;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// The grammar of each scalar type, strict and culture-free, the same at build and run time (docs/language.md,
/// "Scalar values"): whole numbers are digits with an optional sign; decimals add one '.' and digits, doubles also an
/// exponent; no spaces, no thousands separators, no trailing signs. A URI names its scheme (two letters or more, so
/// that no drive letter or bare path is taken for one). Dates and instants are ISO 8601 (<see cref="PartialDate"/>).
/// </summary>
public static class ScalarParser
{
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryParseInt(string text, out int value)
    {
        value = 0;
        return IsNumber(text, fraction: false, exponent: false) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseLong(string text, out long value)
    {
        value = 0;
        return IsNumber(text, fraction: false, exponent: false) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseDouble(string text, out double value)
    {
        value = 0;
        return IsNumber(text, fraction: true, exponent: true)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value) && !double.IsNaN(value);
    }

    public static bool TryParseDecimal(string text, out decimal value)
    {
        value = 0;
        return IsNumber(text, fraction: true, exponent: false)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseUri(string text, out Uri? value)
    {
        value = null;
        var colon = text.IndexOf(':');
        if (colon < 2 || !IsAsciiLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(IsAsciiLetter(text[i]) || text[i] is >= '0' and <= '9' or '+' or '-' or '.'))
            {
                return false;
            }
        }

        foreach (var c in text)
        {
            if (c <= ' ' || c == '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return Uri.TryCreate(text, UriKind.Absolute, out value);
    }

    /// <summary><c>[+-]?[0-9]+</c>, then <c>(\.[0-9]+)?</c> when <paramref name="fraction"/>, then <c>([eE][+-]?[0-9]+)?</c> when <paramref name="exponent"/>.</summary>
    private static bool IsNumber(string text, bool fraction, bool exponent)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        if (!Digits(text, ref i))
        {
            return false;
        }

        if (fraction && i < text.Length && text[i] == '.')
        {
            i++;
            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        if (exponent && i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (!Digits(text, ref i))
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool Digits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i > start;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
