using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>What the graph holds of one sentence: what it supports, and the passages of it left out on purpose.</summary>
public sealed record SentenceCoverage(Sentence Sentence, CoverageStatus Status, IReadOnlyList<Support> Supports, IReadOnlyList<Omission> Omissions)
{
    public override string ToString() => $"{Sentence.Number} ({Status}): {Sentence.Text}";
}

/// <summary>How a sentence stands in the graph.</summary>
public enum CoverageStatus
{
    /// <summary>Nothing in the graph quotes it, and it is not left out on purpose: a claim the graph may be missing.</summary>
    Missing,

    /// <summary>Nothing quotes it, and omitted passages take in every word of it.</summary>
    Excluded,

    /// <summary>An entity, event or fact quotes some of it.</summary>
    Supported,
}
