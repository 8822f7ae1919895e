using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The triples of a file by subject, in the order subjects first appear, kept as bytes: RDF is a set, so a subject's
/// triples may come anywhere in the file, and none can be read for what it means before the file ends. Each distinct IRI
/// and blank node is one string and one number; each run of triples of one subject (as exports and most files write
/// them) is a stretch of bytes, linked to the subject's next run, that holds per triple its predicate's number, its
/// object (a number, or a literal written out) and where its parts were read, as differences. The collector never looks
/// inside the bytes; the benchmark's 785,035 triples take about a third of what 40-byte records and literal terms took.
/// </summary>
internal sealed class RdfSubjects
{
    /// <summary>The triples a subject may have before <see cref="States"/> looks in them through a set, not a scan.</summary>
    private const int IndexedAbove = 32;

    private readonly Dictionary<string, int> _iris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly List<string> _languageTags = new();
    private readonly BlockList<Node> _nodes = new();
    private readonly List<int> _order = new();
    private readonly RunBytes _runs = new();
    private Dictionary<int, HashSet<(int Predicate, int Object)>>? _indexed;
    private int _current = -1;
    private int _currentLine;

    /// <summary>The subjects in the order they first appear.</summary>
    public IEnumerable<RdfTerm> Order
    {
        get
        {
            foreach (var id in _order)
            {
                yield return Term(id);
            }
        }
    }

    /// <summary>The subjects in the order they first appear, with what the reading has noted of each.</summary>
    public IEnumerable<(RdfTerm Subject, NodeNotes Notes)> OrderWithNotes
    {
        get
        {
            foreach (var id in _order)
            {
                yield return (Term(id), _nodes[id].Notes);
            }
        }
    }

    /// <summary>The triples added (a triple written twice counts twice).</summary>
    public int Count { get; private set; }

    public void Add(RdfTriple triple)
    {
        // A run of one subject's triples looks its subject up once: the readers give a repeated subject the same string.
        var subject = _current >= 0 && ReferenceEquals(triple.Subject.Value, _nodes[_current].Value) && triple.Subject.IsBlankNode == _nodes[_current].IsBlankNode
            ? _current
            : Id(triple.Subject);
        if (subject != _current)
        {
            StartRun(subject);
        }

        _runs.AddUnsigned((ulong)Id(triple.Predicate) + 1);
        WriteObject(triple.Object);
        _runs.AddSigned(triple.SubjectAt.Line - _currentLine);
        _runs.AddUnsigned((ulong)triple.SubjectAt.Column);
        _runs.AddSigned(triple.PredicateAt.Line - triple.SubjectAt.Line);
        _runs.AddUnsigned((ulong)triple.PredicateAt.Column);
        _runs.AddSigned(triple.ObjectAt.Line - triple.PredicateAt.Line);
        _runs.AddUnsigned((ulong)triple.ObjectAt.Column);
        _currentLine = triple.SubjectAt.Line;
        _nodes[subject].TripleCount++;
        Count++;
    }

    /// <summary>The subject's triples, each once: RDF is a set, so a triple written twice is one triple.</summary>
    public List<RdfTriple> Of(RdfTerm subject)
    {
        if (!TryFind(subject, out var id))
        {
            return new List<RdfTriple>();
        }

        var list = new List<RdfTriple>(_nodes[id].TripleCount);

        HashSet<RdfTriple>? seen = null;
        for (var run = _nodes[id].FirstRun; run != 0;)
        {
            var cursor = _runs.At(run - 1);
            run = cursor.Fixed();
            var line = 0;
            while (!cursor.AtEnd && cursor.Unsigned() is var predicate and not 0)
            {
                var triple = ReadTriple(ref cursor, subject, (int)predicate - 1, ref line);

                // Few triples a subject, as a rule: compare with each; a set only for subjects with many.
                if (seen is null && list.Count >= 16)
                {
                    seen = new HashSet<RdfTriple>(list);
                }

                if (seen is not null ? seen.Add(triple) : !list.Contains(triple))
                {
                    list.Add(triple);
                }
            }
        }

        return list;
    }

    /// <summary>Whether the file states the triple (<paramref name="subject"/>, <paramref name="predicate"/>, <paramref name="object"/>).</summary>
    public bool States(RdfTerm subject, RdfTerm predicate, RdfTerm @object)
    {
        if (@object.IsLiteral)
        {
            return Of(subject).Exists(t => t.Predicate.Equals(predicate) && t.Object.Equals(@object));
        }

        if (!TryFind(subject, out var s) || !TryFind(predicate, out var p) || !TryFind(@object, out var o))
        {
            return false;
        }

        if (_nodes[s].TripleCount <= IndexedAbove)
        {
            foreach (var triple in NodeObjects(s))
            {
                if (triple == (p, o))
                {
                    return true;
                }
            }

            return false;
        }

        // A subject of many triples (a hub that many statements describe) is looked in through a set made once, so
        // that a statement costs no scan of all its subject's triples.
        _indexed ??= new Dictionary<int, HashSet<(int, int)>>();
        if (!_indexed.TryGetValue(s, out var index))
        {
            _indexed.Add(s, index = new HashSet<(int, int)>(NodeObjects(s)));
        }

        return index.Contains((p, o));
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

    /// <summary>What the reading has noted of an IRI or blank node of the file, to read or to change.</summary>
    public ref NodeNotes Notes(RdfTerm node)
    {
        if (!TryFind(node, out var id))
        {
            throw new ArgumentException($"The file has no node {node}.", nameof(node));
        }

        return ref _nodes[id].Notes;
    }

    /// <summary>What the reading has noted of <paramref name="node"/>; nothing for a node the file does not name.</summary>
    public NodeNotes NotesOf(RdfTerm node) => TryFind(node, out var id) ? _nodes[id].Notes : default;

    /// <summary>Ends the run being written and starts one of <paramref name="subject"/>, linked from its last run.</summary>
    private void StartRun(int subject)
    {
        if (_current >= 0)
        {
            _runs.Add(0);
        }

        var start = _runs.Length + 1;
        ref var node = ref _nodes[subject];
        if (node.LastRun == 0)
        {
            node.FirstRun = start;
            _order.Add(subject);
        }
        else
        {
            _runs.SetFixed(node.LastRun - 1, start);
        }

        node.LastRun = start;
        _runs.AddFixed(0);
        _current = subject;
        _currentLine = 0;
    }

    /// <summary>An IRI or blank node as twice its number; a literal as 1, then its datatype, language and text.</summary>
    private void WriteObject(RdfTerm term)
    {
        if (!term.IsLiteral)
        {
            _runs.AddUnsigned((ulong)Id(term) << 1);
            return;
        }

        _runs.AddUnsigned(1);
        _runs.AddUnsigned((ulong)Id(RdfTerm.Iri(term.Datatype!)));
        _runs.AddUnsigned(term.Language is null ? 0 : (ulong)Language(term.Language) + 1);
        _runs.AddText(term.Value);
    }

    /// <summary>The predicate and object of each triple of <paramref name="subject"/> whose object is a node, read without making terms.</summary>
    private IEnumerable<(int Predicate, int Object)> NodeObjects(int subject)
    {
        for (var run = _nodes[subject].FirstRun; run != 0;)
        {
            var cursor = _runs.At(run - 1);
            run = cursor.Fixed();
            while (!cursor.AtEnd && cursor.Unsigned() is var predicate and not 0)
            {
                var tag = cursor.Unsigned();
                if (tag == 1)
                {
                    cursor.Unsigned(); // datatype
                    cursor.Unsigned(); // language
                    cursor.SkipText();
                }

                for (var i = 0; i < 6; i++)
                {
                    cursor.Unsigned(); // where the three terms stand
                }

                if (tag != 1)
                {
                    yield return ((int)predicate - 1, (int)(tag >> 1));
                }
            }
        }
    }

    private RdfTriple ReadTriple(ref RunBytes.Cursor cursor, RdfTerm subject, int predicate, ref int line)
    {
        var tag = cursor.Unsigned();
        RdfTerm @object;
        if (tag != 1)
        {
            @object = Term((int)(tag >> 1));
        }
        else
        {
            var datatype = _nodes[(int)cursor.Unsigned()].Value;
            var language = (int)cursor.Unsigned();
            var text = cursor.Text();
            @object = language == 0 ? RdfTerm.Literal(text, datatype) : RdfTerm.LanguageLiteral(text, _languageTags[language - 1]);
        }

        line += (int)cursor.Signed();
        var subjectAt = new RdfPosition(line, (int)cursor.Unsigned());
        var predicateAt = new RdfPosition(subjectAt.Line + (int)cursor.Signed(), (int)cursor.Unsigned());
        var objectAt = new RdfPosition(predicateAt.Line + (int)cursor.Signed(), (int)cursor.Unsigned());
        return new RdfTriple(subject, Term(predicate), @object, subjectAt, objectAt, predicateAt);
    }

    private bool TryFind(RdfTerm term, out int id)
    {
        id = -1;
        return !term.IsLiteral && (term.IsBlankNode ? _blankNodes : _iris).TryGetValue(term.Value, out id);
    }

    private int Id(RdfTerm term)
    {
        var known = term.IsBlankNode ? _blankNodes : _iris;
        if (!known.TryGetValue(term.Value, out var id))
        {
            id = _nodes.Add(new Node(term.Value, term.IsBlankNode));
            known.Add(term.Value, id);
        }

        return id;
    }

    private int Language(string tag)
    {
        if (!_languages.TryGetValue(tag, out var id))
        {
            id = _languageTags.Count;
            _languageTags.Add(tag);
            _languages.Add(tag, id);
        }

        return id;
    }

    private RdfTerm Term(int id) => _nodes[id].IsBlankNode ? RdfTerm.Blank(_nodes[id].Value) : RdfTerm.Iri(_nodes[id].Value);

    /// <summary>An IRI or blank node, where its runs as a subject start (offsets plus one; 0 for none), and its notes.</summary>
    private struct Node
    {
        public readonly string Value;
        public readonly bool IsBlankNode;
        public long FirstRun;
        public long LastRun;
        public int TripleCount;
        public NodeNotes Notes;

        public Node(string value, bool isBlankNode)
        {
            Value = value;
            IsBlankNode = isBlankNode;
            FirstRun = 0;
            LastRun = 0;
            TripleCount = 0;
            Notes = default;
        }
    }
}

/// <summary>What a reading of the triples has found out about a node, kept with the node rather than in sets of its own.</summary>
internal struct NodeNotes
{
    /// <summary>Read as a statement, omitted passage or source, or refused where it was met: not left over.</summary>
    public bool Read;

    public bool IsStatement;

    /// <summary>The type the file declares this entity or event with; null when it declares none.</summary>
    public string? DeclaredType;
}
