namespace KnowledgeGraph.Language.Binding;

/// <param name="DefaultNamespace">The C# namespace of files that declare none; when null such files get an error.</param>
public sealed record BinderOptions(string? DefaultNamespace = null)
{
    public static BinderOptions Default { get; } = new();
}
