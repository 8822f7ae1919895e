using System.Linq;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// The names an ontology may not give its members or relations, because the SDK's types or the generated code already
/// use them. A test reflects over the SDK's <c>Entity</c>, <c>Event</c> and <c>Graph</c>: it fails when a member they
/// gain is missing here, or when a name here is no longer theirs or the generator's.
/// </summary>
internal static class ReservedNames
{
    /// <summary>The keys every entity and event has (and <c>id</c>, their key in a file): no property or role may take them.</summary>
    public static readonly string[] MemberKeys = SectionKeys.Event.Append("id").ToArray();

    /// <summary>The members the generator writes into an entity's or event's class beyond those of the SDK's base types.</summary>
    public static readonly string[] GeneratedEntityMembers = { "Involving" };

    /// <summary>
    /// The C# members of every entity and event: those of <c>Entity</c>, <c>Event</c> and <see cref="object"/>, and
    /// <see cref="GeneratedEntityMembers"/>. A property or role whose C# name is one of them would hide it or clash.
    /// </summary>
    public static readonly string[] EntityClrMembers =
    {
        "Id", "Name", "Aliases", "Doc", "Sources", "TypeName", "PropertyValues",
        "Time", "Start", "Date", "Roles", "Implications", "Endings", "Involving",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    /// <summary>
    /// Names of <c>Graph</c>'s members that a traversal may not take. A traversal is an extension method called as
    /// <c>graph.WithdrewFrom(army)</c>, and C# tries the graph's own members first: a property of that name makes the
    /// call an error, and a method that accepts one entity answers it instead (a relation <c>describe</c> would be
    /// answered by <c>Graph.Describe(IEntity)</c>, silently). A graph method that cannot take one entity, such as
    /// <c>Supports(DocumentInfo, string)</c>, leaves the name free.
    /// </summary>
    public static readonly string[] GraphClrMembers =
    {
        "All", "AllFacts", "Closure", "Describe", "Documents", "Entities", "Events", "EventsIn", "EventsOf", "Facts",
        "Find", "FindAll", "FindById", "Get", "In", "InFacts", "InverseClosure", "Neighbourhood", "NeighbourhoodPicture",
        "Omissions", "Out", "OutFacts", "PlacesWithin", "Relations", "ShortestPath", "SourcesOf", "Structure",
        "Equals", "GetHashCode", "GetType", "ToString",
    };
}
