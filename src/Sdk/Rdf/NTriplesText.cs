using System;
using System.Globalization;
using System.IO;
using System.Text;

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

    public static void WriteIri(TextWriter writer, string iri)
    {
        writer.Write('<');
        var clean = 0;
        for (var i = 0; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c > ' ' && c is not ('<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\') && !char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < iri.Length && char.IsLowSurrogate(iri[i + 1]))
            {
                i++;
                continue;
            }

            writer.Write(iri.AsSpan(clean, i - clean));
            WriteUchar(writer, char.IsSurrogate(c) ? '\uFFFD' : c);
            clean = i + 1;
        }

        writer.Write(iri.AsSpan(clean));
        writer.Write('>');
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
