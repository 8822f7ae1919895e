using System;

namespace KnowledgeGraph.Rdf;

public enum RdfTermKind : byte
{
    Iri,
    BlankNode,
    Literal,
}

/// <summary>
/// An RDF term: an IRI, a blank node (by its label) or a literal (its lexical form, its datatype IRI, and a language
/// tag for <c>rdf:langString</c>). A simple literal has the datatype <c>xsd:string</c>, as in RDF 1.1.
/// </summary>
public readonly struct RdfTerm : IEquatable<RdfTerm>
{
    private RdfTerm(RdfTermKind kind, string value, string? datatype, string? language)
    {
        Kind = kind;
        Value = value;
        Datatype = datatype;
        Language = language;
    }

    public RdfTermKind Kind { get; }

    /// <summary>The IRI, the blank node's label (without <c>_:</c>), or the literal's lexical form.</summary>
    public string Value { get; }

    /// <summary>A literal's datatype IRI; null for IRIs and blank nodes.</summary>
    public string? Datatype { get; }

    /// <summary>A literal's language tag, lower-cased (tags compare without case); null when it has none.</summary>
    public string? Language { get; }

    public bool IsIri => Kind == RdfTermKind.Iri;

    public bool IsBlankNode => Kind == RdfTermKind.BlankNode;

    public bool IsLiteral => Kind == RdfTermKind.Literal;

    public static RdfTerm Iri(string iri) => new(RdfTermKind.Iri, iri ?? throw new ArgumentNullException(nameof(iri)), null, null);

    public static RdfTerm Blank(string label) => new(RdfTermKind.BlankNode, label ?? throw new ArgumentNullException(nameof(label)), null, null);

    /// <summary>A literal of <paramref name="datatype"/>, <c>xsd:string</c> when null.</summary>
    public static RdfTerm Literal(string lexical, string? datatype = null) =>
        new(RdfTermKind.Literal, lexical ?? throw new ArgumentNullException(nameof(lexical)), datatype ?? RdfVocabulary.XsdString, null);

    /// <summary>A language-tagged string (<c>rdf:langString</c>).</summary>
    public static RdfTerm LanguageLiteral(string lexical, string language) =>
        new(RdfTermKind.Literal, lexical ?? throw new ArgumentNullException(nameof(lexical)), RdfVocabulary.RdfLangString,
            (language ?? throw new ArgumentNullException(nameof(language))).ToLowerInvariant());

    public bool Equals(RdfTerm other) =>
        Kind == other.Kind
        && string.Equals(Value, other.Value, StringComparison.Ordinal)
        && string.Equals(Datatype, other.Datatype, StringComparison.Ordinal)
        && string.Equals(Language, other.Language, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is RdfTerm other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Value, Datatype, Language);

    public static bool operator ==(RdfTerm left, RdfTerm right) => left.Equals(right);

    public static bool operator !=(RdfTerm left, RdfTerm right) => !left.Equals(right);

    /// <summary>The term as N-Triples writes it.</summary>
    public override string ToString() => Value is null ? string.Empty : NTriplesText.Term(this);
}
