namespace KnowledgeGraph;

/// <summary>
/// Something a passage of a document supports: an entity or event that quotes it (<see cref="Entity"/>), or a fact
/// (<see cref="Fact"/>) that quotes it itself or is implied by an event that does.
/// </summary>
public sealed record Support(SourceRef Source, Entity? Entity, Fact? Fact)
{
    /// <summary>What is supported, in words: <c>Russian forces withdrew from Izyum</c>, <c>Liberation of Izyum (Liberation)</c>.</summary>
    public string What => Fact is { } fact ? fact.ToString() : $"{Entity!.Name} ({Entity.TypeName})";

    public override string ToString() => What;
}
