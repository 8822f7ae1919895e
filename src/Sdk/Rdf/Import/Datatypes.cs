using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Rdf;

/// <summary>Which literal datatypes a scalar type of the ontology reads (the lexical form is then checked as in YAML).</summary>
internal static class Datatypes
{
    public static bool Fits(ScalarType scalar, RdfTerm literal) => scalar switch
    {
        ScalarType.String => literal.Datatype == RdfVocabulary.XsdString,
        ScalarType.Int or ScalarType.Long => IsXsd(literal, "int", "integer", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedShort", "unsignedByte", "unsignedLong"),
        ScalarType.Double => IsXsd(literal, "double", "float", "decimal", "integer"),
        ScalarType.Decimal => IsXsd(literal, "decimal", "integer"),
        ScalarType.Bool => IsXsd(literal, "boolean"),
        ScalarType.Date => DateForm(literal.Value) is { } form ? IsXsd(literal, form) : IsXsd(literal, "gYear", "gYearMonth", "date", "dateTime"),
        ScalarType.DateTime => IsXsd(literal, "dateTime"),
        ScalarType.Uri => IsXsd(literal, "anyURI", "string"),
        _ => false,
    };

    public static string Describe(ScalarType scalar) => scalar switch
    {
        ScalarType.String => "a string (a plain literal; language tags are not kept)",
        ScalarType.Int or ScalarType.Long => $"{(scalar == ScalarType.Int ? "an int" : "a long")} (xsd:integer, xsd:int, xsd:long or another whole-number type)",
        ScalarType.Double => "a double (xsd:double, xsd:float, xsd:decimal or xsd:integer)",
        ScalarType.Decimal => "a decimal (xsd:decimal or xsd:integer)",
        ScalarType.Bool => "a bool (xsd:boolean)",
        ScalarType.Date => "a date (xsd:gYear, xsd:gYearMonth, xsd:date or xsd:dateTime, the one whose form its text has)",
        ScalarType.DateTime => "a datetime (xsd:dateTime)",
        _ => "a uri (an IRI, or xsd:anyURI)",
    };

    /// <summary>
    /// The datatype whose form a date's text has (2022: gYear, 2022-09: gYearMonth, 2022-09-10: date, with a time:
    /// dateTime), so "2022"^^xsd:date does not pass for a year; null for text of no such form (the date's own check
    /// then says what is wrong with it).
    /// </summary>
    private static string? DateForm(string text) =>
        text.IndexOf('T') > 0 ? "dateTime"
        : text.Length == 4 ? "gYear"
        : text.Length == 7 && text[4] == '-' ? "gYearMonth"
        : text.Length == 10 && text[4] == '-' && text[7] == '-' ? "date"
        : null;

    private static bool IsXsd(RdfTerm literal, params string[] names)
    {
        foreach (var name in names)
        {
            if (literal.Datatype == RdfVocabulary.Xsd + name)
            {
                return true;
            }
        }

        return false;
    }
}
