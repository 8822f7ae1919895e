namespace KnowledgeGraph.Rdf;

internal enum TurtleFrameKind : byte
{
    /// <summary>The statement being read: its subject and the predicate of its current objects.</summary>
    Statement,

    /// <summary>An open <c>[ ... ]</c>: its blank node is the subject of what it holds.</summary>
    PropertyList,

    /// <summary>An open <c>( ... )</c>: the list nodes linked so far.</summary>
    Collection,
}

/// <summary>One open level of a Turtle statement, on the parser's stack.</summary>
internal struct TurtleFrame
{
    public TurtleFrameKind Kind;

    /// <summary>Whether the frame, once closed, is the statement's subject (else it is an object or a list item).</summary>
    public bool IsSubject;

    /// <summary>Where its '[' or '(' is.</summary>
    public RdfPosition OpenAt;

    public RdfTerm Subject;
    public RdfPosition SubjectAt;
    public RdfTerm Predicate;
    public RdfPosition PredicateAt;

    /// <summary>A <c>[</c> with no predicate yet (closed at once, it is <c>[]</c>).</summary>
    public bool IsEmpty;

    /// <summary>A collection's first list node, and its last one so far.</summary>
    public RdfTerm Head;
    public RdfTerm Last;
    public RdfPosition LastAt;
    public bool HasItems;
}
