namespace KnowledgeGraph;

/// <summary>A document that facts and events are quoted from.</summary>
public sealed record DocumentInfo(string Id, string Path, string? Title, PartialDate? Published)
{
    /// <summary>
    /// The document's text, line breaks as <c>\n</c> (what quote offsets count in): set for every compiled or loaded
    /// document, null for one made by hand without it. <see cref="Graph.Coverage"/> splits it into sentences.
    /// </summary>
    public string? Text { get; init; }

    public override string ToString() => Title ?? Id;
}
