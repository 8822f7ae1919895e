using System.IO;

namespace KnowledgeGraph.Rdf;

/// <summary>Canonical N-Triples: one triple per line, terms as <see cref="NTriplesText"/> writes them, <c>\n</c> after each.</summary>
public sealed class NTriplesWriter : RdfWriter
{
    public NTriplesWriter(TextWriter text)
        : base(text)
    {
    }

    public override void Write(RdfTriple triple)
    {
        Check(triple);
        NTriplesText.Write(Text, triple.Subject);
        Text.Write(' ');
        NTriplesText.Write(Text, triple.Predicate);
        Text.Write(' ');
        NTriplesText.Write(Text, triple.Object);
        Text.Write(" .\n");
    }
}
