namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>An additional file's path (normalised) and text, value-equal so unchanged files stay cached.</summary>
internal sealed record TextFile(string Path, string Text);
