using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The triples of a file by subject, in the order subjects first appear. All triples sit in one array; each subject's
/// are chained through a second array of indexes, so a subject costs no list of its own, and a run of triples of one
/// subject (as exports and most files write them) costs no lookup beyond the first.
/// </summary>
internal sealed class RdfSubjects
{
    private readonly Dictionary<RdfTerm, (int First, int Last)> _runs = new();
    private RdfTriple[] _triples = new RdfTriple[1024];
    private int[] _next = new int[1024];
    private RdfTerm _current;
    private int _currentLast = -1;

    public List<RdfTerm> Order { get; } = new();

    public int Count { get; private set; }

    public void Add(RdfTriple triple)
    {
        if (Count == _triples.Length)
        {
            System.Array.Resize(ref _triples, Count * 2);
            System.Array.Resize(ref _next, Count * 2);
        }

        var index = Count++;
        _triples[index] = triple;
        _next[index] = -1;
        if (_currentLast >= 0 && triple.Subject.Equals(_current))
        {
            _next[_currentLast] = index;
            _currentLast = index;
            return;
        }

        if (_currentLast >= 0)
        {
            _runs[_current] = (_runs[_current].First, _currentLast);
        }

        if (_runs.TryGetValue(triple.Subject, out var run))
        {
            _next[run.Last] = index;
            _runs[triple.Subject] = (run.First, index);
        }
        else
        {
            _runs[triple.Subject] = (index, index);
            Order.Add(triple.Subject);
        }

        _current = triple.Subject;
        _currentLast = index;
    }

    /// <summary>The subject's triples, each once: RDF is a set, so a triple written twice is one triple.</summary>
    public IReadOnlyList<RdfTriple> Of(RdfTerm subject)
    {
        var list = new List<RdfTriple>(4);
        HashSet<RdfTriple>? seen = null;
        foreach (var triple in Walk(subject))
        {
            // Few triples a subject, as a rule: compare with each; a set only for subjects with many.
            if (seen is null && list.Count >= 16)
            {
                seen = new HashSet<RdfTriple>(list);
            }

            if (seen is not null ? !seen.Add(triple) : Contains(list, triple))
            {
                continue;
            }

            list.Add(triple);
        }

        return list;
    }

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

    private static bool Contains(List<RdfTriple> list, RdfTriple triple)
    {
        foreach (var known in list)
        {
            if (known.Equals(triple))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<RdfTriple> Walk(RdfTerm subject)
    {
        if (!_runs.TryGetValue(subject, out var run))
        {
            yield break;
        }

        for (var i = run.First; i >= 0; i = _next[i])
        {
            yield return _triples[i];
        }
    }
}
