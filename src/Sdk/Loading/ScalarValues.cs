using System;
using System.Globalization;
using System.Runtime.CompilerServices;
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
            ScalarType.Date => PartialDate.Parse(text),
            ScalarType.DateTime => DateTimeOffset.Parse(text, invariant, DateTimeStyles.AssumeUniversal),
            ScalarType.Uri => AbsoluteUri(text),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a scalar type."),
        };
    }

    /// <summary>
    /// A URI: in a method of its own, so that reading values loads the assembly of <see cref="Uri"/> only for a value that
    /// is one (a precompiled method resolves the types it names when it is first called).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object AbsoluteUri(string text) => new Uri(text, UriKind.Absolute);
}
