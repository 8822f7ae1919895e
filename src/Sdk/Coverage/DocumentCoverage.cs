using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

/// <summary>
/// How much of a document a graph covers, sentence by sentence (<see cref="Graph.Coverage"/>): which sentences support
/// something in the graph, which are left out on purpose, and which are missing.
/// </summary>
public sealed class DocumentCoverage
{
    internal DocumentCoverage(DocumentInfo document, IReadOnlyList<SentenceCoverage> sentences)
    {
        Document = document;
        Sentences = sentences;
    }

    public DocumentInfo Document { get; }

    /// <summary>Every sentence of the document, in order.</summary>
    public IReadOnlyList<SentenceCoverage> Sentences { get; }

    /// <summary>The sentences nothing in the graph quotes and no omission explains.</summary>
    public IReadOnlyList<SentenceCoverage> Missing => Sentences.Where(s => s.Status == CoverageStatus.Missing).ToList();

    public int SupportedCount => Sentences.Count(s => s.Status == CoverageStatus.Supported);

    public int ExcludedCount => Sentences.Count(s => s.Status == CoverageStatus.Excluded);

    public int MissingCount => Sentences.Count(s => s.Status == CoverageStatus.Missing);

    /// <summary>True when every sentence is supported or left out on purpose.</summary>
    public bool IsComplete => MissingCount == 0;

    public override string ToString() =>
        $"{Document}: {Sentences.Count} sentences, {SupportedCount} supported, {ExcludedCount} excluded, {MissingCount} missing";
}
