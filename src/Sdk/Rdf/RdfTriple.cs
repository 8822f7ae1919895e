using System;

namespace KnowledgeGraph.Rdf;

/// <summary>Where a term starts in the text it was read from: one-based line and column (columns count UTF-16 units).</summary>
public readonly record struct RdfPosition(int Line, int Column)
{
    public override string ToString() => $"({Line},{Column})";
}

/// <summary>
/// A subject, predicate and object, with where the subject and the object were read (default for triples made in
/// code). Triples compare by their terms alone.
/// </summary>
public readonly struct RdfTriple : IEquatable<RdfTriple>
{
    public RdfTriple(RdfTerm subject, RdfTerm predicate, RdfTerm @object, RdfPosition subjectAt = default, RdfPosition objectAt = default, RdfPosition predicateAt = default)
    {
        Subject = subject;
        Predicate = predicate;
        Object = @object;
        SubjectAt = subjectAt;
        ObjectAt = objectAt;
        PredicateAt = predicateAt;
    }

    public RdfTerm Subject { get; }

    public RdfTerm Predicate { get; }

    public RdfTerm Object { get; }

    public RdfPosition SubjectAt { get; }

    public RdfPosition ObjectAt { get; }

    /// <summary>Where the predicate was read (line 0 for a triple made in code); <c>a</c> in Turtle stands for <c>rdf:type</c>.</summary>
    public RdfPosition PredicateAt { get; }

    public bool Equals(RdfTriple other) => Subject.Equals(other.Subject) && Predicate.Equals(other.Predicate) && Object.Equals(other.Object);

    public override bool Equals(object? obj) => obj is RdfTriple other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Subject, Predicate, Object);

    /// <summary>The triple as an N-Triples line, without the line break.</summary>
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}
