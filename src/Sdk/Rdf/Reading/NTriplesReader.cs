using System;
using System.Collections.Generic;
using System.IO;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Reads N-Triples (RDF 1.1), one triple a line, as a stream: triples come one by one as the text is read, so that
/// memory stays the same however long the text. Every IRI must be absolute. Each triple carries where its subject
/// and object start; text that breaks the grammar throws <see cref="RdfSyntaxException"/> at the offending character.
/// </summary>
public sealed class NTriplesReader
{
    private readonly TextCursor _cursor;
    private readonly StringPool _subjects = new();
    private readonly StringPool _predicates = new();
    private readonly StringPool _objects = new();
    private readonly StringPool _datatypes = new();
    private readonly StringPool _languages = new();
    private readonly StringPool _labels = new();
    private bool _started;

    public NTriplesReader(TextReader text)
    {
        _cursor = new TextCursor(text);
    }

    /// <summary>The triples of the text, read as they are asked for. A reader reads its text once.</summary>
    public IEnumerable<RdfTriple> ReadTriples()
    {
        if (_started)
        {
            throw new InvalidOperationException("This reader has already read its text; make a new one to read again.");
        }

        _started = true;
        return Read();
    }

    private IEnumerable<RdfTriple> Read()
    {
        while (SkipToTriple())
        {
            yield return ReadTriple();
        }
    }

    /// <summary>Passes blank lines and comments; false at the end of the text.</summary>
    private bool SkipToTriple()
    {
        _cursor.SkipSpaceAndComments();
        return _cursor.HasChar;
    }

    private RdfTriple ReadTriple()
    {
        var cursor = _cursor;
        var subjectAt = cursor.Position;
        var subject = cursor.Buffer[cursor.Index] switch
        {
            '<' => RdfTerm.Iri(ReadAbsoluteIri(_subjects, "subject")),
            '_' => RdfTerm.Blank(_labels.Get(BlankNodeLabelScanner.Read(cursor))),
            '@' => throw cursor.Error("N-Triples has no @prefix or @base: it writes every IRI whole, in <>"),
            _ => throw Unexpected("a subject (an IRI in <> or a blank node _:label)"),
        };

        cursor.SkipSpacesAndTabs();
        if (cursor.Peek() != '<')
        {
            throw Unexpected("a predicate (an IRI in <>)");
        }

        var predicateAt = cursor.Position;
        var predicate = RdfTerm.Iri(ReadAbsoluteIri(_predicates, "predicate"));
        cursor.SkipSpacesAndTabs();
        var objectAt = cursor.Position;
        var @object = ReadObject();
        cursor.SkipSpacesAndTabs();
        if (cursor.Peek() != '.')
        {
            throw Unexpected("'.' after the object");
        }

        cursor.Index++;
        cursor.SkipSpacesAndTabs();
        if (cursor.Peek() == '#')
        {
            cursor.SkipToLineEnd();
        }

        if (cursor.Peek() is not ('\n' or '\r' or -1))
        {
            throw Unexpected("the end of the line after the triple's '.' (N-Triples holds one triple a line)");
        }

        return new RdfTriple(subject, predicate, @object, subjectAt, objectAt, predicateAt);
    }

    private RdfTerm ReadObject()
    {
        var cursor = _cursor;
        switch (cursor.Peek())
        {
            case '<':
                return RdfTerm.Iri(ReadAbsoluteIri(_objects, "object"));
            case '_':
                return RdfTerm.Blank(_labels.Get(BlankNodeLabelScanner.Read(cursor)));
            case '"':
                return ReadLiteral();
            case '\'':
                throw cursor.Error("N-Triples strings are written in double quotes (\"...\")");
            case var c when RdfCharacters.IsDigit(c) || c is '+' or '-':
                throw cursor.Error(
                    "N-Triples writes every literal in quotes: a number as \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>");
            default:
                throw Unexpected("an object (an IRI in <>, a blank node _:label or a literal in \"\")");
        }
    }

    private RdfTerm ReadLiteral()
    {
        var cursor = _cursor;
        var lexical = new string(StringLiteralScanner.ReadShort(cursor));
        cursor.SkipSpacesAndTabs();
        switch (cursor.Peek())
        {
            case '@':
                return RdfTerm.LanguageLiteral(lexical, _languages.GetLowerCase(LanguageTagScanner.Read(cursor)));
            case '^':
                if (cursor.PeekAt(1) != '^')
                {
                    throw cursor.ErrorAhead(1, $"a datatype follows '^^'; found '^' and {RdfCharacters.Describe(cursor.PeekAt(1))}");
                }

                cursor.Index += 2;
                cursor.SkipSpacesAndTabs();
                if (cursor.Peek() != '<')
                {
                    throw Unexpected("the datatype, an IRI in <>, after '^^'");
                }

                return RdfTerm.Literal(lexical, ReadAbsoluteIri(_datatypes, "datatype"));
            default:
                return RdfTerm.Literal(lexical);
        }
    }

    private string ReadAbsoluteIri(StringPool pool, string role)
    {
        var at = _cursor.Position;
        var iri = IriRefScanner.Read(_cursor);
        if (!IriResolver.IsAbsolute(iri))
        {
            throw TextCursor.Error(
                $"the {role} <{RdfCharacters.Shorten(iri)}> is a relative IRI; N-Triples takes absolute IRIs only, with a scheme such as http:", at);
        }

        return pool.Get(iri);
    }

    private RdfSyntaxException Unexpected(string expected) =>
        _cursor.Error($"expected {expected}; found {RdfCharacters.Describe(_cursor.Peek())}");
}
