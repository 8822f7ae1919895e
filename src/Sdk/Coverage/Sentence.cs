namespace KnowledgeGraph;

/// <summary>
/// A sentence of a document, or a line that stands alone (a headline, a title): its number (from 1), its text, and
/// where it stands (zero-based offset and length; one-based line and column of its start).
/// </summary>
public sealed record Sentence(int Number, string Text, int Offset, int Length, int Line, int Column)
{
    public override string ToString() => Text;
}
