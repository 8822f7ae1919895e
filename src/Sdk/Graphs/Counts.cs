namespace KnowledgeGraph;

/// <summary>How a graph and a load put their counts in words, in the singular for one.</summary>
internal static class Counts
{
    public static string EntitiesAndEvents(int count) => count == 1 ? "1 entity or event" : $"{count} entities and events";

    public static string Facts(int count) => count == 1 ? "1 fact" : $"{count} facts";
}
