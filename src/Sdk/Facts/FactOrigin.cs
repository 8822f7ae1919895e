namespace KnowledgeGraph;

/// <summary>How a fact came into the graph.</summary>
public enum FactOrigin
{
    /// <summary>Written in a <c>facts</c> section.</summary>
    Stated,

    /// <summary>Written as a relation key of an entity or event (<c>partOf: kharkivRegion</c>).</summary>
    EntityKey,

    /// <summary>Added by an event whose type implies it (<c>implies: withdrewFrom: by -> from</c>).</summary>
    Implied,

    /// <summary>An event's link to a participant in one of its roles.</summary>
    Role,
}
