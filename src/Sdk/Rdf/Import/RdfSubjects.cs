using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>The triples of a file by subject, in the order subjects first appear (one pass; the triples are what the load keeps).</summary>
internal sealed class RdfSubjects
{
    private readonly Dictionary<RdfTerm, List<RdfTriple>> _bySubject = new();

    public List<RdfTerm> Order { get; } = new();

    public int Count { get; private set; }

    public void Add(RdfTriple triple)
    {
        if (!_bySubject.TryGetValue(triple.Subject, out var list))
        {
            list = new List<RdfTriple>(4);
            _bySubject[triple.Subject] = list;
            Order.Add(triple.Subject);
        }

        list.Add(triple);
        Count++;
    }

    public IReadOnlyList<RdfTriple> Of(RdfTerm subject) =>
        _bySubject.TryGetValue(subject, out var list) ? list : (IReadOnlyList<RdfTriple>)System.Array.Empty<RdfTriple>();

    /// <summary>The objects of one predicate of a subject, with where each was read.</summary>
    public IEnumerable<RdfTriple> Of(RdfTerm subject, string predicate)
    {
        foreach (var triple in Of(subject))
        {
            if (triple.Predicate.Value == predicate)
            {
                yield return triple;
            }
        }
    }
}
