using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph;

/// <summary>
/// The compiled ontology as the run-time loader needs it: its symbol table (types, relations, enums, documents), the
/// relations, a factory per concrete type that makes typed entities from checked data (no reflection, safe under
/// trimming), and the compiled data, which loaded files may refer to.
/// </summary>
public sealed class OntologySchema
{
    private readonly Dictionary<string, RelationInfo> _relations;
    private readonly IReadOnlyDictionary<string, Func<EntityData, Entity>> _factories;
    private readonly IReadOnlyDictionary<string, Func<string, object>> _enumParsers;
    private readonly Func<CompiledData> _compiled;
    private readonly Lazy<SymbolTable> _table;

    /// <param name="table">The schema's symbol table as the generator wrote it.</param>
    /// <param name="relations">Every relation of the ontology.</param>
    /// <param name="factories">A factory per concrete type, by the type's ontology name.</param>
    /// <param name="enumParsers">A parser per enum, by the enum's ontology name.</param>
    /// <param name="compiled">The compiled data, made at its first use.</param>
    /// <param name="baseIri">The base of the graph's IRIs in RDF (the MSBuild property <c>KnowledgeGraphBaseIri</c>); null for <see cref="RdfOptions.DefaultBaseIri"/>.</param>
    public OntologySchema(
        string table,
        IEnumerable<RelationInfo> relations,
        IReadOnlyDictionary<string, Func<EntityData, Entity>> factories,
        IReadOnlyDictionary<string, Func<string, object>> enumParsers,
        Func<CompiledData> compiled,
        string? baseIri = null)
    {
        RdfOptions = baseIri is null ? RdfOptions.Default : new RdfOptions { BaseIri = baseIri };
        _table = new Lazy<SymbolTable>(() => SymbolTableFormat.Read(table));
        _relations = relations.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _factories = factories;
        _enumParsers = enumParsers;
        _compiled = compiled;
    }

    /// <summary>The namespace the build gave files that declare none.</summary>
    public string? DefaultNamespace => Table.DefaultNamespace;

    public IEnumerable<RelationInfo> Relations => _relations.Values;

    /// <summary>How RDF exports and imports name this ontology and its data unless told otherwise.</summary>
    public RdfOptions RdfOptions { get; }

    public IEnumerable<string> TypeNames => _factories.Keys;

    internal SymbolTable Table => _table.Value;

    internal CompiledData Compiled => _compiled();

    public RelationInfo? FindRelation(string name) => _relations.TryGetValue(name, out var relation) ? relation : null;

    /// <summary>The compiled entity or event with this id (the same object as its static member), or null.</summary>
    public Entity? FindCompiled(string id) => Compiled.Find(id);

    /// <summary>The value of a compiled enum for one of its members as the ontology names it (<c>Side</c>, <c>Russia</c>).</summary>
    public object ParseEnum(string enumName, string member) =>
        _enumParsers.TryGetValue(enumName, out var parse)
            ? parse(member)
            : throw new ArgumentException($"The schema has no enum '{enumName}'.", nameof(enumName));

    /// <summary>
    /// The ontology as a Graphviz DOT graph: types with their properties, <c>is</c> and mixins, enums, relations as
    /// labelled arrows (inverse and transitive named), entity-valued properties and event roles as dotted arrows.
    /// </summary>
    public string ToDot() => Pictures.OntologyPicture.ToDot(Table.SchemaOnly());

    /// <summary>The ontology as a Mermaid class diagram (GitHub renders it in a <c>```mermaid</c> block).</summary>
    public string ToMermaid() => Pictures.OntologyPicture.ToMermaid(Table.SchemaOnly());

    /// <summary>The ontology as OWL in Turtle (see <see cref="RdfExport.WriteOntology(OntologySchema, System.IO.TextWriter, RdfFormat, RdfOptions?)"/>).</summary>
    public string ToOwl(RdfOptions? options = null)
    {
        var text = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        RdfExport.WriteOntology(this, text, RdfFormat.Turtle, options);
        return text.ToString();
    }

    /// <summary>Makes an entity or event of a concrete type from checked data.</summary>
    public Entity Create(string typeName, EntityData data) => FactoryOf(typeName)(data);

    /// <summary>The generated factory of a concrete type.</summary>
    internal Func<EntityData, Entity> FactoryOf(string typeName) =>
        _factories.TryGetValue(typeName, out var factory)
            ? factory
            : throw new ArgumentException($"The schema has no concrete type '{typeName}'.", nameof(typeName));
}
