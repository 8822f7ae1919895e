namespace KnowledgeGraph;

/// <summary>A document that facts and events are quoted from.</summary>
public sealed record DocumentInfo(string Id, string Path, string? Title, PartialDate? Published)
{
    public override string ToString() => Title ?? Id;
}
