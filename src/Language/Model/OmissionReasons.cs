namespace KnowledgeGraph.Language.Model;

/// <summary>
/// Why a passage of a document may be left out of the graph (<c>omitted:</c> in a data file). Only what states no
/// claim may be left out: stated events, dates, numbers, places and who did what are modelled, never omitted.
/// </summary>
public static class OmissionReasons
{
    /// <summary>The reasons, as written in files; the SDK's <c>OmissionReason</c> has one member for each.</summary>
    public static readonly string[] All = { "opinion", "speculation", "commentary", "repetition", "heading", "caption", "boilerplate" };
}
