using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The triples of a file by subject, in the order subjects first appear, kept small: each distinct term is stored once
/// and a triple is three term numbers and two positions (32 bytes, where three terms take 96), in blocks of fixed size
/// that are never copied as the file grows. Each subject's triples are chained through the blocks, so a subject costs
/// no list of its own, and a run of triples of one subject (as exports and most files write them) costs no lookup of
/// its subject beyond the first.
/// </summary>
internal sealed class RdfSubjects
{
    private const int BlockShift = 14;
    private const int BlockSize = 1 << BlockShift;

    private readonly Dictionary<RdfTerm, int> _termIds = new();
    private readonly List<RdfTerm> _terms = new();
    private readonly Dictionary<int, (int First, int Last)> _runs = new();
    private readonly List<Stored[]> _blocks = new();
    private int _current = -1;
    private int _currentLast = -1;

    public List<RdfTerm> Order { get; } = new();

    public int Count { get; private set; }

    public void Add(RdfTriple triple)
    {
        var subject = Id(triple.Subject);
        var index = Count++;
        if ((index & (BlockSize - 1)) == 0)
        {
            _blocks.Add(new Stored[BlockSize]);
        }

        At(index) = new Stored(subject, Id(triple.Predicate), Id(triple.Object), triple.SubjectAt, triple.ObjectAt);
        if (_currentLast >= 0 && subject == _current)
        {
            At(_currentLast).Next = index;
            _currentLast = index;
            return;
        }

        if (_currentLast >= 0)
        {
            _runs[_current] = (_runs[_current].First, _currentLast);
        }

        if (_runs.TryGetValue(subject, out var run))
        {
            At(run.Last).Next = index;
            _runs[subject] = (run.First, index);
        }
        else
        {
            _runs[subject] = (index, index);
            Order.Add(triple.Subject);
        }

        _current = subject;
        _currentLast = index;
    }

    /// <summary>The subject's triples, each once: RDF is a set, so a triple written twice is one triple.</summary>
    public IReadOnlyList<RdfTriple> Of(RdfTerm subject)
    {
        var list = new List<RdfTriple>(4);
        if (!_termIds.TryGetValue(subject, out var id) || !_runs.TryGetValue(id, out var run))
        {
            return list;
        }

        HashSet<(int, int, int)>? seen = null;
        for (var i = run.First; i >= 0; i = At(i).Next)
        {
            var stored = At(i);

            // Few triples a subject, as a rule: compare with each; a set only for subjects with many.
            if (seen is null && list.Count >= 16)
            {
                seen = new HashSet<(int, int, int)>();
                for (var j = run.First; j != i; j = At(j).Next)
                {
                    seen.Add(At(j).Key);
                }
            }

            if (seen is not null ? !seen.Add(stored.Key) : Contains(list, run.First, i, stored.Key))
            {
                continue;
            }

            list.Add(new RdfTriple(_terms[stored.Subject], _terms[stored.Predicate], _terms[stored.Object], stored.SubjectAt, stored.ObjectAt));
        }

        return list;
    }

    /// <summary>Whether the file states the triple (<paramref name="subject"/>, <paramref name="predicate"/>, <paramref name="object"/>).</summary>
    public bool States(RdfTerm subject, RdfTerm predicate, RdfTerm @object)
    {
        if (!_termIds.TryGetValue(subject, out var s) || !_termIds.TryGetValue(predicate, out var p) || !_termIds.TryGetValue(@object, out var o)
            || !_runs.TryGetValue(s, out var run))
        {
            return false;
        }

        for (var i = run.First; i >= 0; i = At(i).Next)
        {
            if (At(i).Key == (s, p, o))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Whether a triple of the chain before <paramref name="end"/> has <paramref name="key"/>.</summary>
    private bool Contains(List<RdfTriple> list, int first, int end, (int, int, int) key)
    {
        if (list.Count == 0)
        {
            return false;
        }

        for (var i = first; i != end; i = At(i).Next)
        {
            if (At(i).Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private int Id(RdfTerm term)
    {
        if (!_termIds.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _terms.Add(term);
            _termIds.Add(term, id);
        }

        return id;
    }

    private ref Stored At(int index) => ref _blocks[index >> BlockShift][index & (BlockSize - 1)];

    /// <summary>A triple as term numbers, where it was read, and the next triple of its subject (-1 for none).</summary>
    private struct Stored
    {
        public Stored(int subject, int predicate, int @object, RdfPosition subjectAt, RdfPosition objectAt)
        {
            Subject = subject;
            Predicate = predicate;
            Object = @object;
            SubjectAt = subjectAt;
            ObjectAt = objectAt;
            Next = -1;
        }

        public int Subject { get; }

        public int Predicate { get; }

        public int Object { get; }

        public RdfPosition SubjectAt { get; }

        public RdfPosition ObjectAt { get; }

        public int Next { get; set; }

        public (int, int, int) Key => (Subject, Predicate, Object);
    }
}
