namespace KnowledgeGraph.Benchmarks.Loading;

/// <summary>
/// How the loading benchmark loads a data file: the SDK's run-time loader, against the compiled schema, into a new
/// builder, so the figure includes checking the file, making the typed entities and facts, and adding them.
/// </summary>
public sealed class DataFileLoad
{
    private readonly OntologySchema _schema;

    public DataFileLoad(OntologySchema schema) => _schema = schema;

    /// <summary>Limits raised for a large file from a trusted source, as a user loading 100,000 entities would.</summary>
    private static readonly LoaderOptions Trusted = new(MaxFileBytes: 1L << 30, MaxNodes: int.MaxValue, MaxLoadBytes: 1L << 31);

    public object Load(string path, string text) => new GraphLoader(_schema, new GraphBuilder(), Trusted).LoadText(path, text);

    /// <summary>The errors a load found, or null when there are none (checked once in setup, so a broken file never gets timed).</summary>
    public static string? Problems(object result) => result is LoadResult { Succeeded: false } failed ? failed.ToString() : null;
}
