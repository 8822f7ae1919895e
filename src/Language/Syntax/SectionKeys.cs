namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// The keys each part of an ontology file may hold: the one list the readers check against, which the JSON Schema for
/// editors (src/Sdk/schemas/kg.schema.json) is tested to match.
/// </summary>
public static class SectionKeys
{
    public static readonly string[] TopLevel = { "namespace", "enums", "types", "relations", "documents", "entities", "events", "facts", "omitted" };

    public static readonly string[] Type = { "is", "mixins", "abstract", "doc", "properties", "roles", "implies", "ends" };

    public static readonly string[] Member = { "type", "default", "doc" };

    public static readonly string[] Relation = { "from", "to", "label", "inverse", "transitive", "lasting", "doc" };

    public static readonly string[] Document = { "path", "title", "published" };

    /// <summary>The keys every entity has besides its type's properties and the relations.</summary>
    public static readonly string[] Entity = { "type", "name", "aliases", "doc", "source", "sources" };

    /// <summary>The keys every event has besides its type's roles and properties and the relations.</summary>
    public static readonly string[] Event = { "type", "name", "aliases", "doc", "source", "sources", "date", "start", "end" };

    public static readonly string[] Fact = { "subject", "relation", "object", "date", "start", "end", "source", "sources" };

    public static readonly string[] Source = { "document", "quote" };

    public static readonly string[] Omission = { "document", "quote", "reason", "note" };
}
