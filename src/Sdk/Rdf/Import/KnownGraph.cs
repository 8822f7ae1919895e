using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>What an RDF load may ask of the graph it adds to: the entities, facts and omitted passages it holds already.</summary>
internal sealed class KnownGraph
{
    private readonly Func<string, Entity?> _find;
    private readonly Func<string, string, string, IReadOnlyList<Fact>> _facts;
    private readonly Func<string, string, IReadOnlyList<Omission>?> _findOmissions;
    private readonly Func<Entity, IEnumerable<RdfTriple>> _describe;
    private readonly Func<string, IEnumerable<RdfTriple>?> _describeDocument;

    public KnownGraph(
        Func<string, Entity?> find,
        Func<string, string, string, IReadOnlyList<Fact>> facts,
        Func<string, string, IReadOnlyList<Omission>?> findOmissions,
        Func<Entity, IEnumerable<RdfTriple>> describe,
        Func<string, IEnumerable<RdfTriple>?> describeDocument)
    {
        _find = find;
        _facts = facts;
        _findOmissions = findOmissions;
        _describe = describe;
        _describeDocument = describeDocument;
    }

    /// <summary>The entity or event of this id in the builder, or null.</summary>
    public Entity? Find(string id) => _find(id);

    /// <summary>Whether the builder holds a fact with these ends' ids and relation.</summary>
    public bool HasFact(string subject, string relation, string @object) => _facts(subject, relation, @object).Count > 0;

    /// <summary>The facts with these ends' ids and relation the builder holds (a fact may be stated twice, at two times).</summary>
    public IReadOnlyList<Fact> Facts(string subject, string relation, string @object) => _facts(subject, relation, @object);

    /// <summary>The omitted passages of this document and quote the builder holds (a passage may be omitted twice), or null.</summary>
    public IReadOnlyList<Omission>? FindOmissions(string document, string quote) => _findOmissions(document, quote);

    /// <summary>The triples an export writes for the entity (how an RDF file must describe it, if it does).</summary>
    public IEnumerable<RdfTriple> Describe(Entity entity) => _describe(entity);

    /// <summary>The triples an export writes for the document of this id in the builder, or null when the builder has none.</summary>
    public IEnumerable<RdfTriple>? DescribeDocument(string id) => _describeDocument(id);
}
