namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>Names of the pipeline steps, so tests can check which of them ran again.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string OntologyTexts = nameof(OntologyTexts);
    public const string Parse = nameof(Parse);
    public const string Documents = nameof(Documents);

    /// <summary>Per file: its enums, types and relations.</summary>
    public const string SchemaDeclarations = nameof(SchemaDeclarations);

    /// <summary>All schema together, bound: a symbol table without data. Data edits leave it cached.</summary>
    public const string DeclareSchema = nameof(DeclareSchema);
    public const string SchemaTable = nameof(SchemaTable);

    /// <summary>Per file: the names of its documents, entities and events (not their bodies).</summary>
    public const string Declarations = nameof(Declarations);

    /// <summary>Per file: those names alone, each at a place known only by its file (a value edit or moved text leaves them equal).</summary>
    public const string DeclarationNames = nameof(DeclarationNames);

    /// <summary>All data declarations' names together against the schema: the symbol table every file is bound against.</summary>
    public const string Declare = nameof(Declare);

    /// <summary>The declarations' diagnostics at their places: declared again, located, only when the names have something to report.</summary>
    public const string LocateDeclarations = nameof(LocateDeclarations);
    public const string SymbolTable = nameof(SymbolTable);

    /// <summary>The namespaces and files that hold data (changes when a data file is added or removed).</summary>
    public const string DataFiles = nameof(DataFiles);
    public const string Schema = nameof(Schema);

    /// <summary>The schema and the documents, as the compiled program gives them to the run-time loader.</summary>
    public const string LoaderSchema = nameof(LoaderSchema);

    /// <summary>Per file: its data bound against the symbol table.</summary>
    public const string BindFile = nameof(BindFile);
    public const string DataFile = nameof(DataFile);
    public const string ReferenceCycles = nameof(ReferenceCycles);

    /// <summary>Documents that no source or omitted passage of any file names (a warning).</summary>
    public const string UnusedDocuments = nameof(UnusedDocuments);

    /// <summary>Whether some file could not be read at all (then names unknown elsewhere are not reported).</summary>
    public const string Unreadable = nameof(Unreadable);
}
