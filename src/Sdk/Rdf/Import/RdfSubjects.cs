using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The triples of a file by subject, in the order subjects first appear, kept small: each distinct IRI and blank node
/// is stored once, each literal (rarely repeated) once per triple, and a triple is three numbers and three positions (40
/// bytes, where three terms take 96), in blocks of fixed size that are never copied as the file grows. Each subject's
/// triples are chained through the blocks, so a subject costs no list of its own, and a run of triples of one subject
/// (as exports and most files write them) costs no lookup of its subject beyond the first.
/// </summary>
internal sealed class RdfSubjects
{
    private readonly Dictionary<RdfTerm, int> _termIds = new(new NodeComparer());
    private readonly BlockList<RdfTerm> _terms = new();
    private readonly BlockList<RdfTerm> _literals = new();
    private readonly Dictionary<int, (int First, int Last)> _runs = new();
    private readonly BlockList<Stored> _triples = new();
    private int _current = -1;
    private int _currentLast = -1;

    public List<RdfTerm> Order { get; } = new();

    public int Count => _triples.Count;

    public void Add(RdfTriple triple)
    {
        // A run of one subject's triples (as most files are written) looks its subject up once.
        var subject = _current >= 0 && ReferenceEquals(triple.Subject.Value, _terms[_current].Value) && triple.Subject.Kind == _terms[_current].Kind
            ? _current
            : Id(triple.Subject);
        var @object = triple.Object.IsLiteral ? ~Literal(triple.Object) : Id(triple.Object);
        var index = _triples.Add(new Stored(subject, Id(triple.Predicate), @object, triple.SubjectAt, triple.PredicateAt, triple.ObjectAt));
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
    public List<RdfTriple> Of(RdfTerm subject)
    {
        if (!_termIds.TryGetValue(subject, out var id) || !_runs.TryGetValue(id, out var run))
        {
            return new List<RdfTriple>();
        }

        var count = 0;
        for (var i = run.First; i >= 0; i = At(i).Next)
        {
            count++;
        }

        var list = new List<RdfTriple>(count);
        HashSet<RdfTriple>? seen = null;
        for (var i = run.First; i >= 0; i = At(i).Next)
        {
            var stored = At(i);
            var triple = new RdfTriple(_terms[stored.Subject], _terms[stored.Predicate], Term(stored.Object), stored.SubjectAt, stored.ObjectAt, stored.PredicateAt);

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

    /// <summary>Whether the file states the triple (<paramref name="subject"/>, <paramref name="predicate"/>, <paramref name="object"/>).</summary>
    public bool States(RdfTerm subject, RdfTerm predicate, RdfTerm @object)
    {
        if (!_termIds.TryGetValue(subject, out var s) || !_termIds.TryGetValue(predicate, out var p) || !_runs.TryGetValue(s, out var run))
        {
            return false;
        }

        for (var i = run.First; i >= 0; i = At(i).Next)
        {
            if (At(i).Predicate == p && Term(At(i).Object).Equals(@object))
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

    private int Id(RdfTerm term)
    {
        if (!_termIds.TryGetValue(term, out var id))
        {
            id = _terms.Add(term);
            _termIds.Add(term, id);
        }

        return id;
    }

    private int Literal(RdfTerm literal) => _literals.Add(literal);

    /// <summary>An object as stored: an IRI or blank node by its number, a literal by the complement of its index.</summary>
    private RdfTerm Term(int @object) => @object >= 0 ? _terms[@object] : _literals[~@object];

    private ref Stored At(int index) => ref _triples[index];

    /// <summary>A triple as term numbers, where its parts were read, and the next triple of its subject (-1 for none).</summary>
    private struct Stored
    {
        public Stored(int subject, int predicate, int @object, RdfPosition subjectAt, RdfPosition predicateAt, RdfPosition objectAt)
        {
            Subject = subject;
            Predicate = predicate;
            Object = @object;
            SubjectAt = subjectAt;
            PredicateAt = predicateAt;
            ObjectAt = objectAt;
            Next = -1;
        }

        public int Subject { get; }

        public int Predicate { get; }

        public int Object { get; }

        public RdfPosition SubjectAt { get; }

        public RdfPosition PredicateAt { get; }

        public RdfPosition ObjectAt { get; }

        public int Next { get; set; }
    }

    /// <summary>IRIs and blank nodes, which have no datatype or language: their kind and text are all there is to compare.</summary>
    private sealed class NodeComparer : IEqualityComparer<RdfTerm>
    {
        public bool Equals(RdfTerm x, RdfTerm y) => x.Kind == y.Kind && string.Equals(x.Value, y.Value, System.StringComparison.Ordinal);

        public int GetHashCode(RdfTerm term) => term.Value.GetHashCode() ^ (int)term.Kind;
    }
}
