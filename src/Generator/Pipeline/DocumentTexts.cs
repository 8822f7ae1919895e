using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>The documents the ontology quotes, taken from the project's AdditionalFiles.</summary>
internal sealed class DocumentTexts : IDocumentSource
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.OrdinalIgnoreCase);

    public DocumentTexts(ImmutableArray<TextFile> files)
    {
        foreach (var file in files)
        {
            _texts[file.Path] = file.Text;
        }
    }

    public string? GetText(string path) => _texts.TryGetValue(PathUtilities.Normalize(path), out var text) ? text : null;
}
