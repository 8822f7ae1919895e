using System;
using System.Globalization;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// The scalar types of the language: their names, and the canonical text of a value of each (what the model keeps,
/// the generated tables store and the SDK parses back): invariant numbers, <c>true</c>/<c>false</c>,
/// <c>yyyy-MM-dd</c> dates, round-trip (<c>o</c>) instants, URIs as written.
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
                return DateTime.TryParseExact(text, "yyyy'-'MM'-'dd", invariant, DateTimeStyles.None, out var date)
                    ? date.ToString("yyyy'-'MM'-'dd", invariant)
                    : null;
            case ScalarType.DateTime:
                return DateTimeOffset.TryParse(text, invariant, DateTimeStyles.AssumeUniversal, out var instant) && text.Length > 10
                    ? instant.ToString("o", invariant)
                    : null;
            case ScalarType.Uri:
                return ScalarParser.TryParseUri(text, out var uri) ? uri!.OriginalString : null;
            default:
                return null;
        }
    }
}
