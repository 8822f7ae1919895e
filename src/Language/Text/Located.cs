namespace KnowledgeGraph.Language.Text;

/// <summary>A scalar from a YAML file together with where it stands.</summary>
public sealed record Located(string Text, SourceSpan Span)
{
    public override string ToString() => Text;
}
