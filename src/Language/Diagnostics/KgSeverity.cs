namespace KnowledgeGraph.Language.Diagnostics;

public enum KgSeverity
{
    Warning,
    Error,
}
