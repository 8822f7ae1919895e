namespace KnowledgeGraph;

/// <summary>
/// A passage that supports a fact or event: the document, the quote as it stands there, and where: a zero-based
/// character offset and length, and the one-based line and column of its start.
/// </summary>
public sealed record SourceRef(DocumentInfo Document, string Quote, int Offset, int Length, int Line, int Column)
{
    public override string ToString() => $"{Document} ({Line}:{Column}): \"{Quote}\"";
}
