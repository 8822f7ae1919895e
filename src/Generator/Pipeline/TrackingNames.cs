namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>Names of the pipeline steps, so tests can check which of them ran again.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string OntologyTexts = nameof(OntologyTexts);
    public const string Parse = nameof(Parse);
    public const string Documents = nameof(Documents);
    public const string Bind = nameof(Bind);
    public const string Model = nameof(Model);
    public const string Diagnostics = nameof(Diagnostics);
    public const string CompiledSources = nameof(CompiledSources);
}
