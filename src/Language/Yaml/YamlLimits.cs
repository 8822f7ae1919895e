namespace KnowledgeGraph.Language.Yaml;

/// <summary>Bounds that keep a hostile or broken file from exhausting memory or time.</summary>
public sealed record YamlLimits(int MaxDepth = 64, int MaxNodes = 2_000_000, int MaxCharacters = 64 * 1024 * 1024)
{
    public static YamlLimits Default { get; } = new();
}
