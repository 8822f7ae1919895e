namespace KnowledgeGraph;

/// <summary>Limits that keep an untrusted data file from exhausting memory or time; each breach is a KG0024 error.</summary>
/// <param name="MaxFileBytes">The largest data file or document read (16 MiB by default); larger ones are not read at all.</param>
/// <param name="MaxDepth">The deepest nesting of YAML collections.</param>
/// <param name="MaxNodes">The most YAML nodes in one file.</param>
public sealed record LoaderOptions(long MaxFileBytes = 16 * 1024 * 1024, int MaxDepth = 64, int MaxNodes = 1_000_000)
{
    public static LoaderOptions Default { get; } = new();
}
