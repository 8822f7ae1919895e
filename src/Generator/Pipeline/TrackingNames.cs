namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>Names of the pipeline steps, so tests can check which of them ran again.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string OntologyTexts = nameof(OntologyTexts);
    public const string Parse = nameof(Parse);
    public const string Documents = nameof(Documents);

    /// <summary>Per file: what it declares (schema, names of documents, entities and events; not their bodies).</summary>
    public const string Declarations = nameof(Declarations);

    /// <summary>All declarations together: the symbol table, the bound schema and their diagnostics.</summary>
    public const string Declare = nameof(Declare);
    public const string SymbolTable = nameof(SymbolTable);
    public const string Schema = nameof(Schema);
    public const string SchemaTable = nameof(SchemaTable);

    /// <summary>Per file: its data bound against the symbol table.</summary>
    public const string BindFile = nameof(BindFile);
    public const string DataFile = nameof(DataFile);
    public const string ReferenceCycles = nameof(ReferenceCycles);
}
