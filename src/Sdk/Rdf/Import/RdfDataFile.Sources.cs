using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>Sources: a <c>prov:wasDerivedFrom</c> resource's document and quote, read once per node.</summary>
internal sealed partial class RdfDataFile
{
    /// <summary>A passage: the specific resource's document and the exact text of its quote selector.</summary>
    private IEnumerable<SourceSyntax> Source(RdfTriple derivedFrom)
    {
        if (PassageOf(derivedFrom.Object) is not { } found)
        {
            Report(derivedFrom.ObjectAt, Descriptors.Rdf.SourceIncomplete);
            yield break;
        }

        yield return new SourceSyntax(found.Document, found.Quote, At(derivedFrom.ObjectAt));
    }

    /// <summary>
    /// The document and quote of a specific resource, or null when it has not exactly one of each; read once per node,
    /// however many statements derive from it: a node shared a million times costs once.
    /// </summary>
    private (Located Document, Located Quote)? PassageOf(RdfTerm resource)
    {
        if (!_sourcesRead.TryGetValue(resource, out var passage))
        {
            passage = Passage(resource);
            _sourcesRead[resource] = passage;
        }

        return passage;
    }

    /// <summary>The document and quote of a specific resource, or null when it has not exactly one of each.</summary>
    private (Located Document, Located Quote)? Passage(RdfTerm resource)
    {
        MarkRead(resource);
        var documents = new List<Located>(1);
        var quotes = new List<Located>(1);
        foreach (var triple in _subjects.Of(resource))
        {
            if (triple.Predicate.Value == SourceTriples.HasSource.Value)
            {
                documents.Add(triple.Object.IsIri && _names.TryDocument(triple.Object.Value, out var id) ? new Located(id, At(triple.ObjectAt)) : new Located(triple.Object.Value, At(triple.ObjectAt)));
            }
            else if (triple.Predicate.Value == SourceTriples.HasSelector.Value)
            {
                quotes.AddRange(_subjects.Of(triple.Object, SourceTriples.Exact.Value).Select(Value));
            }
        }

        return documents.Count == 1 && quotes.Count == 1 ? (documents[0], quotes[0]) : null;
    }
}
