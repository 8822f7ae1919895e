namespace KnowledgeGraph;

/// <summary>
/// A passage of a document left out of the graph on purpose (<c>omitted:</c> in a data file), with the reason:
/// coverage shows it as excluded, not as missing.
/// </summary>
public sealed record Omission(SourceRef Passage, OmissionReason Reason, string? Note)
{
    /// <summary>The reason, the note if any, and the passage: <c>boilerplate (the page's comment form): "Leave a Reply"</c>.</summary>
    public override string ToString() =>
        $"{Reason.ToString().ToLowerInvariant()}{(Note is null ? string.Empty : $" ({Note})")}: \"{Passage.Quote}\"";
}

/// <summary>
/// Why a passage states nothing the graph must hold. Only passages that make no claim may be left out: stated
/// events, dates, numbers, places and who did what are modelled, never omitted.
/// </summary>
public enum OmissionReason
{
    /// <summary>A judgement of the writer's or of someone quoted ("a humiliating defeat").</summary>
    Opinion,

    /// <summary>What might happen or might be so ("could represent a turning point").</summary>
    Speculation,

    /// <summary>Analysis or framing that adds no event, date, number, place or actor.</summary>
    Commentary,

    /// <summary>A claim already stated, and quoted, elsewhere in the document.</summary>
    Repetition,

    /// <summary>A heading or title line of a section.</summary>
    Heading,

    /// <summary>The caption of a picture or video.</summary>
    Caption,

    /// <summary>Text of the page rather than of the article: hashtags, share buttons, "Leave a Reply".</summary>
    Boilerplate,
}
