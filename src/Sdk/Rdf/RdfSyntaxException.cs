using System;

namespace KnowledgeGraph.Rdf;

/// <summary>RDF text that breaks its grammar, with the one-based line and column where reading stopped.</summary>
public sealed class RdfSyntaxException : FormatException
{
    public RdfSyntaxException(string message, int line, int column)
        : base($"({line},{column}): {message}")
    {
        Reason = message;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    public int Line { get; }

    public int Column { get; }
}
