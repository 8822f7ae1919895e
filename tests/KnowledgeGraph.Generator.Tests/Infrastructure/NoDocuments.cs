using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph.Generator.Tests.Infrastructure;

/// <summary>A document source that has no documents, for binding files that cite none.</summary>
internal sealed class NoDocuments : IDocumentSource
{
    public string? GetText(string path) => null;

    public string Missing(string path) => string.Empty;

    public (string Problem, string Allowed)? Refuse(string dataFile, string written) => null;
}
