using System;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// How a graph and its ontology are named in RDF. Every IRI is made from <see cref="BaseIri"/>: the ontology's terms
/// under <c>{base}schema/</c>, entities and events under <c>{base}id/</c>, documents under <c>{base}doc/</c>.
/// </summary>
public sealed record RdfOptions
{
    /// <summary>The base when none is set: <c>http://example.org/kg/</c>, a placeholder; set your own for data you publish.</summary>
    public const string DefaultBaseIri = "http://example.org/kg/";

    private readonly string _baseIri = DefaultBaseIri;

    public static RdfOptions Default { get; } = new();

    /// <summary>
    /// An absolute IRI that ends with <c>/</c> and holds no <c>#</c> or <c>;</c> (the MSBuild property
    /// <c>KnowledgeGraphBaseIri</c> sets it for the generated <c>Schema</c>).
    /// </summary>
    public string BaseIri
    {
        get => _baseIri;
        init => _baseIri = Check(value);
    }

    private static string Check(string value) =>
        Language.Syntax.BaseIriRule.Problem(value) is { } problem ? throw new ArgumentException($"The base IRI {problem}.", nameof(BaseIri)) : value;
}
