using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    private readonly Lazy<Dictionary<string, Support[]>> _passages;

    /// <summary>
    /// How much of a document the graph covers: the document split into sentences (a headline or any line that stands
    /// alone is one), each with what it supports (entities, events and facts that quote it, facts implied by an event
    /// that quotes it) and the passages of it left out on purpose. A sentence is <see cref="CoverageStatus.Supported"/>
    /// when anything quotes part of it, <see cref="CoverageStatus.Excluded"/> when omitted passages take in every
    /// word of it, and <see cref="CoverageStatus.Missing"/> otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The document has no text (made by hand without <see cref="DocumentInfo.Text"/>).</exception>
    public DocumentCoverage Coverage(DocumentInfo document)
    {
        var text = TextOf(document);
        var sentences = SentenceSplitter.Split(text);
        var supports = sentences.Select(_ => new List<Support>()).ToList();
        foreach (var support in PassagesOf(document))
        {
            foreach (var index in Overlapping(sentences, support.Source.Offset, support.Source.Length))
            {
                if (!supports[index].Any(s => ReferenceEquals(s.Entity, support.Entity) && ReferenceEquals(s.Fact, support.Fact)))
                {
                    supports[index].Add(support);
                }
            }
        }

        var omissions = sentences.Select(_ => new List<Omission>()).ToList();
        foreach (var omission in Omissions.Where(o => o.Passage.Document.Id == document.Id))
        {
            foreach (var index in Overlapping(sentences, omission.Passage.Offset, omission.Passage.Length))
            {
                omissions[index].Add(omission);
            }
        }

        var covered = sentences.Select((sentence, i) => new SentenceCoverage(
            sentence, StatusOf(text, sentence, supports[i], omissions[i]), supports[i], omissions[i])).ToList();
        return new DocumentCoverage(document, covered);
    }

    /// <summary>What a stretch of a document supports: everything whose quote overlaps it, in the order of the quotes.</summary>
    public IReadOnlyList<Support> Supports(DocumentInfo document, int offset, int length)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var end = (long)offset + Math.Max(length, 1);
        return PassagesOf(document).Where(s => s.Source.Offset < end && (long)s.Source.Offset + Math.Max(s.Source.Length, 1) > offset).ToList();
    }

    /// <summary>
    /// What a passage of a document supports; the passage is found as quotes are (whitespace and typographic quotes
    /// may differ), at its first occurrence.
    /// </summary>
    /// <exception cref="ArgumentException">The passage does not occur in the document, or the document has no text.</exception>
    public IReadOnlyList<Support> Supports(DocumentInfo document, string passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var found = new QuoteLocator(TextOf(document)).Find(passage)
            ?? throw new ArgumentException($"The passage does not occur in document '{document.Id}': \"{passage}\".", nameof(passage));
        return Supports(document, found.Offset, found.Length);
    }

    /// <summary>What one line of a document (one-based, as in <see cref="SourceRef.Line"/>) supports.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such line.</exception>
    public IReadOnlyList<Support> SupportsOnLine(DocumentInfo document, int line)
    {
        var text = TextOf(document);
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0)
            {
                start = -1;
                break;
            }

            start = next + 1;
        }

        if (line < 1 || start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, $"Document '{document.Id}' has no line {line}.");
        }

        var end = text.IndexOf('\n', start);
        return Supports(document, start, (end < 0 ? text.Length : end) - start);
    }

    private static string TextOf(DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Text ?? throw new ArgumentException(
            $"Document '{document.Id}' has no text; compiled and loaded documents have theirs, one made by hand needs Text set.", nameof(document));
    }

    private Support[] PassagesOf(DocumentInfo document) =>
        _passages.Value.TryGetValue(document.Id, out var passages) ? passages : Array.Empty<Support>();

    /// <summary>Every quote in the graph, by document, in the order of their offsets (role links of events quote nothing of their own).</summary>
    private Dictionary<string, Support[]> IndexPassages()
    {
        var supports = new List<Support>();
        foreach (var entity in _entities)
        {
            supports.AddRange(entity.Sources.Select(source => new Support(source, entity, null)));
        }

        foreach (var fact in AllFacts)
        {
            if (fact is not RoleFact)
            {
                supports.AddRange(SourcesOf(fact).Select(source => new Support(source, null, fact)));
            }
        }

        // A stable sort: quotes at the same offset keep the graph's order (entities before facts).
        return supports.GroupBy(s => s.Source.Document.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Source.Offset).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The indexes of the sentences (in text order) that a stretch of text overlaps.</summary>
    private static IEnumerable<int> Overlapping(List<Sentence> sentences, int offset, int length)
    {
        var end = (long)offset + Math.Max(length, 1);
        var low = 0;
        var high = sentences.Count;
        while (low < high)
        {
            // The first sentence that ends after the stretch starts.
            var middle = (low + high) / 2;
            if (sentences[middle].Offset + sentences[middle].Length <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < sentences.Count && sentences[i].Offset < end; i++)
        {
            yield return i;
        }
    }

    private static CoverageStatus StatusOf(string text, Sentence sentence, List<Support> supports, List<Omission> omissions)
    {
        if (supports.Count > 0)
        {
            return CoverageStatus.Supported;
        }

        if (omissions.Count == 0)
        {
            return CoverageStatus.Missing;
        }

        // Excluded only when the omitted passages take in every letter and digit of the sentence.
        for (var i = sentence.Offset; i < sentence.Offset + sentence.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !omissions.Any(o => o.Passage.Offset <= i && i < o.Passage.Offset + o.Passage.Length))
            {
                return CoverageStatus.Missing;
            }
        }

        return CoverageStatus.Excluded;
    }
}
