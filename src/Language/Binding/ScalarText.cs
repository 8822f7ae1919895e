using System;
using System.Globalization;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// The scalar types of the language: their names, and the canonical text of a value of each (what the model keeps,
/// the generated tables store and the SDK parses back): invariant numbers, <c>true</c>/<c>false</c>,
/// dates at the precision written (<c>1851</c>, <c>1991-12</c>, <c>2022-09-10</c>), round-trip (<c>o</c>) instants, URIs as written.
/// </summary>
public static class ScalarText
{
    public static readonly string[] Names = { "string", "int", "long", "double", "decimal", "bool", "date", "datetime", "uri" };

    public static ScalarType? Of(string name) => name switch
    {
        "string" => ScalarType.String,
        "int" => ScalarType.Int,
        "long" => ScalarType.Long,
        "double" => ScalarType.Double,
        "decimal" => ScalarType.Decimal,
        "bool" => ScalarType.Bool,
        "date" => ScalarType.Date,
        "datetime" => ScalarType.DateTime,
        "uri" => ScalarType.Uri,
        _ => null,
    };

    /// <summary>What to write instead of <paramref name="text"/>: for a date in the right form that names no day, why not.</summary>
    public static string Hint(ScalarType scalar, string text) =>
        scalar == ScalarType.Date && PartialDate.WhyNoSuchDay(text) is { Length: > 0 } why ? why : Forms(scalar);

    /// <summary>What to write instead of a wrong value of <paramref name="scalar"/> ("; write ..."), or an empty string.</summary>
    public static string Forms(ScalarType scalar) => scalar switch
    {
        ScalarType.Date => "; write a year (1851), a month (1991-12) or a day (2022-09-10); for an instant, declare the property datetime",
        ScalarType.DateTime => "; write an instant with its offset (2022-09-10T14:30:00Z or 2022-09-10T14:30:00+03:00)",
        ScalarType.Bool => "; write true or false",
        ScalarType.Int or ScalarType.Long => "; write a whole number such as 40000",
        ScalarType.Double or ScalarType.Decimal => "; write a number such as 1.5",
        ScalarType.Uri => "; write an absolute URI such as https://example.org/page",
        _ => string.Empty,
    };

    /// <summary>The canonical text of <paramref name="text"/> as a value of <paramref name="scalar"/>, or null if it is not one.</summary>
    public static string? Canonical(string text, ScalarType scalar)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (scalar)
        {
            case ScalarType.String:
                return text;
            case ScalarType.Int:
                return ScalarParser.TryParseInt(text, out var i) ? i.ToString(invariant) : null;
            case ScalarType.Long:
                return ScalarParser.TryParseLong(text, out var l) ? l.ToString(invariant) : null;
            case ScalarType.Double:
                return ScalarParser.TryParseDouble(text, out var d) ? d.ToString("R", invariant) : null;
            case ScalarType.Decimal:
                return ScalarParser.TryParseDecimal(text, out var m) ? m.ToString(invariant) : null;
            case ScalarType.Bool:
                return ScalarParser.TryParseBool(text, out var b) ? (b ? "true" : "false") : null;
            case ScalarType.Date:
                return PartialDate.TryParse(text, out var date) && date.Precision <= DatePrecision.Day ? date.ToString() : null;
            case ScalarType.DateTime:
                return PartialDate.TryParseInstant(text, out var instant) ? instant.ToString("o", invariant) : null;
            case ScalarType.Uri:
                return ScalarParser.TryParseUri(text, out var uri) ? uri!.OriginalString : null;
            default:
                return null;
        }
    }
}
