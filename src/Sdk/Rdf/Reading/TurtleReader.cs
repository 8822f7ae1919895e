using System;
using System.Collections.Generic;
using System.IO;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Reads Turtle (RDF 1.1) as a stream: triples come one by one as the text is read. Relative IRIs resolve against
/// the base IRI given here or set by <c>@base</c>; blank nodes of <c>[]</c> and collections get labels that never
/// meet the text's own. Each triple carries where its subject and object start; text that breaks the grammar throws
/// <see cref="RdfSyntaxException"/> at the offending character.
/// </summary>
public sealed class TurtleReader
{
    private readonly TurtleParser _parser;
    private bool _started;

    /// <param name="text">The Turtle text.</param>
    /// <param name="baseIri">The absolute IRI relative IRIs resolve against (the document's own IRI), or null.</param>
    public TurtleReader(TextReader text, string? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (baseIri is not null && !IriResolver.IsAbsolute(baseIri))
        {
            throw new ArgumentException($"The base IRI <{baseIri}> is not absolute (it has no scheme such as http:).", nameof(baseIri));
        }

        _parser = new TurtleParser(new TurtleLexer(new TextCursor(text)), baseIri);
    }

    /// <summary>The prefixes declared so far, by name without the ':' (the empty name for <c>:</c>), each with its IRI.</summary>
    public IReadOnlyDictionary<string, string> Prefixes => _parser.Prefixes;

    /// <summary>The characters prefixes and the base added to IRIs so far (see <see cref="TurtleParser.ExpandedCharacters"/>).</summary>
    public long ExpandedCharacters => _parser.ExpandedCharacters;

    /// <summary>The triples of the text, read as they are asked for. A reader reads its text once.</summary>
    public IEnumerable<RdfTriple> ReadTriples()
    {
        if (_started)
        {
            throw new InvalidOperationException("This reader has already read its text; make a new one to read again.");
        }

        _started = true;
        return Read();
    }

    private IEnumerable<RdfTriple> Read()
    {
        while (_parser.Advance())
        {
            var ready = _parser.Ready;
            for (var i = 0; i < ready.Count; i++)
            {
                yield return ready[i];
            }
        }
    }
}
