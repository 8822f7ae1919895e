namespace KnowledgeGraph.Benchmarks.Loading;

/// <summary>
/// How the loading benchmark loads a data file: the SDK's run-time loader, against the compiled schema, into a new
/// builder, so the figure includes checking the file, making the typed entities and facts, and adding them.
/// </summary>
public sealed class DataFileLoad
{
    private readonly OntologySchema _schema;

    public DataFileLoad(OntologySchema schema) => _schema = schema;

    public object Load(string path, string text) => new GraphLoader(_schema, new GraphBuilder()).LoadText(path, text);

    /// <summary>The errors a load found, or null when there are none (checked once in setup, so a broken file never gets timed).</summary>
    public static string? Problems(object result) => result is LoadResult { Succeeded: false } failed ? failed.ToString() : null;
}
