using System;
using System.Globalization;
using System.IO;
using System.Text;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Terms in canonical N-Triples form (RDF 1.2 canonical N-Triples): IRIs escape only what an IRI may not hold; strings
/// escape <c>"</c>, <c>\</c> and control characters; <c>xsd:string</c> is implicit; language tags are lower case.
/// Turtle writes terms the same way, so this is the one place that escapes RDF text.
/// </summary>
internal static class NTriplesText
{
    public static string Term(RdfTerm term)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, term);
        return text.ToString();
    }

    public static void Write(TextWriter writer, RdfTerm term)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                WriteIri(writer, term.Value);
                break;
            case RdfTermKind.BlankNode:
                writer.Write("_:");
                writer.Write(term.Value);
                break;
            default:
                WriteString(writer, term.Value);
                if (term.Language is { } language)
                {
                    writer.Write('@');
                    writer.Write(language);
                }
                else if (term.Datatype != RdfVocabulary.XsdString)
                {
                    writer.Write("^^");
                    WriteIri(writer, term.Datatype!);
                }

                break;
        }
    }

    /// <summary>An IRI in angle brackets; one that <see cref="CheckIri"/> refuses throws, and nothing of it is written.</summary>
    public static void WriteIri(TextWriter writer, string iri)
    {
        CheckIri(iri, nameof(iri));
        writer.Write('<');
        writer.Write(iri);
        writer.Write('>');
    }

    /// <summary>
    /// Refuses what no IRI may hold (<see cref="IriCharacters"/>). An escape would not help: <c>\u0020</c> in an IRI is
    /// not valid N-Triples or Turtle, and readers refuse it.
    /// </summary>
    public static void CheckIri(string iri, string parameter)
    {
        if (IriCharacters.FirstIllegal(iri) is var at and >= 0)
        {
            throw new ArgumentException(
                $"'{iri}' cannot be written as an IRI: it holds {IriCharacters.Describe(iri[at])} at {at}, which no IRI may hold; percent-encode it (a space as %20).", parameter);
        }
    }

    /// <summary>A quoted string with the escapes of canonical N-Triples.</summary>
    public static void WriteString(TextWriter writer, string value)
    {
        writer.Write('"');
        var clean = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? echar = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => null,
            };
            var needsUchar = echar is null && (c < ' ' || c == '\u007F' || (char.IsSurrogate(c) && !IsPair(value, i)));
            if (echar is null && !needsUchar)
            {
                if (char.IsHighSurrogate(c))
                {
                    i++;
                }

                continue;
            }

            writer.Write(value.AsSpan(clean, i - clean));
            if (echar is not null)
            {
                writer.Write(echar);
            }
            else if (char.IsSurrogate(c))
            {
                writer.Write('\uFFFD');
            }
            else
            {
                WriteUchar(writer, c);
            }

            clean = i + 1;
        }

        writer.Write(value.AsSpan(clean));
        writer.Write('"');
    }

    private static bool IsPair(string value, int i) =>
        char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);

    private static void WriteUchar(TextWriter writer, char c)
    {
        writer.Write("\\u");
        writer.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }
}
