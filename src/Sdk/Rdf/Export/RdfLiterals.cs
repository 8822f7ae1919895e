using System;
using System.Globalization;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Values as typed literals whose lexical forms the ontology files' grammar also accepts, so that what is exported
/// reads back the same: dates keep their precision (<c>xsd:gYear</c>, <c>xsd:gYearMonth</c>, <c>xsd:date</c>,
/// <c>xsd:dateTime</c>), and each scalar has one datatype.
/// </summary>
internal static class RdfLiterals
{
    public static RdfTerm Of(PartialDate date) => date.Precision switch
    {
        DatePrecision.Year => RdfTerm.Literal(date.ToString(), RdfVocabulary.Xsd + "gYear"),
        DatePrecision.Month => RdfTerm.Literal(date.ToString(), RdfVocabulary.Xsd + "gYearMonth"),
        DatePrecision.Day => RdfTerm.Literal(date.ToString(), RdfVocabulary.Xsd + "date"),
        _ => RdfTerm.Literal(date.ToString(), RdfVocabulary.Xsd + "dateTime"),
    };

    /// <summary>The day an instant falls on in UTC, as <c>xsd:date</c>: what every engine compares (the bounds of a time).</summary>
    public static RdfTerm Day(DateTimeOffset instant) =>
        RdfTerm.Literal(instant.UtcDateTime.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture), RdfVocabulary.Xsd + "date");

    /// <summary>The datatype IRI of a scalar type (the range of its properties in the ontology).</summary>
    public static string Datatype(ScalarType scalar) => scalar switch
    {
        ScalarType.Int => RdfVocabulary.Xsd + "int",
        ScalarType.Long => RdfVocabulary.Xsd + "long",
        ScalarType.Double => RdfVocabulary.XsdDouble,
        ScalarType.Decimal => RdfVocabulary.XsdDecimal,
        ScalarType.Bool => RdfVocabulary.XsdBoolean,
        ScalarType.Date => RdfVocabulary.Xsd + "date",
        ScalarType.DateTime => RdfVocabulary.Xsd + "dateTime",
        ScalarType.Uri => RdfVocabulary.Xsd + "anyURI",
        _ => RdfVocabulary.XsdString,
    };

    public static RdfTerm Of(ScalarType scalar, object value) => value switch
    {
        PartialDate date => Of(date),
        DateTimeOffset instant => RdfTerm.Literal(instant.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture), Datatype(ScalarType.DateTime)),
        bool flag => RdfTerm.Literal(flag ? "true" : "false", RdfVocabulary.XsdBoolean),
        double number => RdfTerm.Literal(
            double.IsPositiveInfinity(number) ? "INF" : double.IsNegativeInfinity(number) ? "-INF" : double.IsNaN(number) ? "NaN" : number.ToString("R", CultureInfo.InvariantCulture),
            RdfVocabulary.XsdDouble),
        Uri uri => RdfTerm.Literal(uri.OriginalString, Datatype(ScalarType.Uri)),
        IFormattable number => RdfTerm.Literal(number.ToString(null, CultureInfo.InvariantCulture), Datatype(scalar)),
        _ => RdfTerm.Literal(value.ToString() ?? string.Empty),
    };
}
