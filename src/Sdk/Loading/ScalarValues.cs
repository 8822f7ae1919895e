using System;
using System.Globalization;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph;

/// <summary>Turns checked scalar text into the CLR value of its ontology type, as generated code would write it.</summary>
internal static class ScalarValues
{
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
            ScalarType.Bool => text is "true" or "True" or "TRUE",
            ScalarType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", invariant),
            ScalarType.DateTime => DateTimeOffset.Parse(text, invariant, DateTimeStyles.AssumeUniversal),
            ScalarType.Uri => new Uri(text, UriKind.Absolute),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a scalar type."),
        };
    }
}
