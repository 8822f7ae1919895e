namespace KnowledgeGraph;

/// <summary>The text of one compiled <c>.kg.yaml</c> file, kept so that data loaded at run time binds against the same ontology.</summary>
public sealed record OntologySource(string Path, string Text);
