using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Turtle for people to read: the prefixes first, then consecutive triples of one subject grouped (<c>;</c> between
/// predicates, <c>,</c> between objects of one predicate), <c>a</c> for <c>rdf:type</c>, and an IRI as a prefixed
/// name where its local part may stand as one. Streaming: it remembers only the current subject and predicate.
/// </summary>
public sealed class TurtleWriter : RdfWriter
{
    private readonly (string Prefix, string Namespace)[] _prefixes;
    private RdfTerm? _subject;
    private RdfTerm? _predicate;

    public TurtleWriter(TextWriter text, IEnumerable<(string Prefix, string Namespace)> prefixes)
        : base(text)
    {
        // Longest namespace first, so that an IRI takes the most specific prefix.
        _prefixes = prefixes.OrderByDescending(p => p.Namespace.Length).ToArray();
        foreach (var (prefix, ns) in prefixes)
        {
            Text.Write("@prefix ");
            Text.Write(prefix);
            Text.Write(": ");
            NTriplesText.WriteIri(Text, ns);
            Text.Write(" .\n");
        }
    }

    public override void Write(RdfTriple triple)
    {
        Check(triple);
        if (_subject is { } subject && subject == triple.Subject)
        {
            if (_predicate is { } predicate && predicate == triple.Predicate)
            {
                Text.Write(" ,\n        ");
            }
            else
            {
                Text.Write(" ;\n    ");
                WritePredicate(triple.Predicate);
            }
        }
        else
        {
            EndStatement();
            Text.Write('\n');
            WriteTerm(triple.Subject);
            Text.Write(' ');
            WritePredicate(triple.Predicate);
        }

        _subject = triple.Subject;
        _predicate = triple.Predicate;
        WriteTerm(triple.Object);
    }

    public override void Flush()
    {
        EndStatement();
        base.Flush();
    }

    private void EndStatement()
    {
        if (_subject is not null)
        {
            Text.Write(" .\n");
        }

        _subject = null;
        _predicate = null;
    }

    private void WritePredicate(RdfTerm predicate)
    {
        if (predicate.Value == RdfVocabulary.RdfType)
        {
            Text.Write("a ");
            return;
        }

        WriteTerm(predicate);
        Text.Write(' ');
    }

    private void WriteTerm(RdfTerm term)
    {
        if (term.IsIri)
        {
            WriteIri(term.Value);
            return;
        }

        if (term.IsLiteral && term.Language is null && term.Datatype != RdfVocabulary.XsdString)
        {
            NTriplesText.WriteString(Text, term.Value);
            Text.Write("^^");
            WriteIri(term.Datatype!);
            return;
        }

        NTriplesText.Write(Text, term);
    }

    private void WriteIri(string iri)
    {
        foreach (var (prefix, ns) in _prefixes)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && IsLocalName(iri, ns.Length))
            {
                Text.Write(prefix);
                Text.Write(':');
                Text.Write(iri.AsSpan(ns.Length));
                return;
            }
        }

        NTriplesText.WriteIri(Text, iri);
    }

    /// <summary>
    /// Whether the rest of <paramref name="iri"/> may be written as a Turtle local name as it is: letters, digits,
    /// <c>_</c>, <c>-</c> and <c>.</c> (not first or last), <c>%</c> with two hex digits; anything else keeps the full IRI.
    /// </summary>
    private static bool IsLocalName(string iri, int start)
    {
        var first = iri[start];
        if (!(IsNameStart(first) || first is >= '0' and <= '9') || iri[iri.Length - 1] == '.')
        {
            return false;
        }

        for (var i = start + 1; i < iri.Length; i++)
        {
            var c = iri[i];
            if (IsNameStart(c) || c is (>= '0' and <= '9') or '-' or '.' or '\u00B7' or (>= '\u0300' and <= '\u036F') or '\u203F' or '\u2040')
            {
                continue;
            }

            if (c == '%' && i + 2 < iri.Length && Uri.IsHexDigit(iri[i + 1]) && Uri.IsHexDigit(iri[i + 2]))
            {
                i += 2;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>PN_CHARS_U of the Turtle grammar, within the BMP (a character outside it keeps the full IRI).</summary>
    private static bool IsNameStart(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_'
            or (>= '\u00C0' and <= '\u00D6') or (>= '\u00D8' and <= '\u00F6') or (>= '\u00F8' and <= '\u02FF')
            or (>= '\u0370' and <= '\u037D') or (>= '\u037F' and <= '\u1FFF') or '\u200C' or '\u200D'
            or (>= '\u2070' and <= '\u218F') or (>= '\u2C00' and <= '\u2FEF') or (>= '\u3001' and <= '\uD7FF')
            or (>= '\uF900' and <= '\uFDCF') or (>= '\uFDF0' and <= '\uFFFD');
}
