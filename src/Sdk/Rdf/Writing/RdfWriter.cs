using System;
using System.IO;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Writes triples to text as they come, holding nothing but the current line (N-Triples) or subject (Turtle), so
/// memory does not grow with the graph. Dispose (or <see cref="Flush"/>) to end the last statement.
/// </summary>
public abstract class RdfWriter : IDisposable
{
    protected RdfWriter(TextWriter text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    protected TextWriter Text { get; }

    public abstract void Write(RdfTriple triple);

    public void Write(RdfTerm subject, RdfTerm predicate, RdfTerm @object) => Write(new RdfTriple(subject, predicate, @object));

    /// <summary>Ends what is open and flushes the text writer (which stays open).</summary>
    public virtual void Flush() => Text.Flush();

    public void Dispose()
    {
        Flush();
        GC.SuppressFinalize(this);
    }

    /// <summary>A writer for <paramref name="format"/>; Turtle declares <paramref name="prefixes"/> first.</summary>
    public static RdfWriter Create(TextWriter text, RdfFormat format, params (string Prefix, string Namespace)[] prefixes) =>
        format == RdfFormat.Turtle ? new TurtleWriter(text, prefixes) : new NTriplesWriter(text);

    internal static void Check(RdfTriple triple)
    {
        if (triple.Subject.Value is null || triple.Subject.IsLiteral)
        {
            throw new ArgumentException($"A subject must be an IRI or a blank node: {triple}.", nameof(triple));
        }

        if (!triple.Predicate.IsIri)
        {
            throw new ArgumentException($"A predicate must be an IRI: {triple}.", nameof(triple));
        }

        if (triple.Object.Value is null)
        {
            throw new ArgumentException("The object is missing (a default RdfTerm).", nameof(triple));
        }

        // Every IRI is checked before any term is written: a refused triple leaves no part of itself in the text.
        foreach (var term in new[] { triple.Subject, triple.Predicate, triple.Object })
        {
            if (term.IsIri)
            {
                NTriplesText.CheckIri(term.Value, nameof(triple));
            }
            else if (term.IsLiteral && term.Datatype is { } datatype)
            {
                NTriplesText.CheckIri(datatype, nameof(triple));
            }
        }
    }
}

/// <summary>The RDF text formats KnowledgeGraph reads and writes.</summary>
public enum RdfFormat
{
    /// <summary>One triple per line, every IRI in full, each term in canonical form (a graph built the same way gives the same text).</summary>
    NTriples,

    /// <summary>Prefixed names, and a subject's triples grouped with <c>;</c> and <c>,</c>: for people to read.</summary>
    Turtle,
}
