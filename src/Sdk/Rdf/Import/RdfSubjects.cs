using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The triples of a file by subject, read in two passes. RDF is a set: a subject's triples may come anywhere in a file,
/// and none can be read for what it means before the last of them has passed. The first pass
/// (<see cref="Outline"/>) keeps no triple: it numbers each distinct IRI and blank node, notes where each subject's
/// last triple stands and which nodes the reading of a subject looks into, and from that <see cref="Plan"/> says when
/// each subject can be read and when its triples can be let go. The second pass (<see cref="Add"/>) keeps each run of
/// one subject's triples as a stretch of bytes (<see cref="RunBytes"/>) linked to the subject's next run, per triple
/// its predicate's number, its object (a number, or a literal written out) and where its parts were read, as
/// differences; <see cref="Release"/> lets a subject's bytes go once it has been read. A file written subject by
/// subject, as exports are, holds a few subjects' triples at a time, however long it is; a file that scatters a
/// subject's triples holds them until the last has passed.
/// </summary>
internal sealed partial class RdfSubjects
{
    /// <summary>The triples a subject may have before <see cref="States"/> looks in them through a set, not a scan.</summary>
    private const int IndexedAbove = 32;

    private readonly Dictionary<string, int> _iris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly List<string> _languageTags = new();
    private readonly BlockList<Node> _nodes = new();
    private readonly RunBytes _runs = new();

    /// <summary>The triples of subjects that wait long after their last triple, moved out of <see cref="_runs"/> (see <see cref="Settle"/>).</summary>
    private readonly RunBytes _settled = new();

    /// <summary>How far past its last triple a subject may be held before its triples are moved out of the stream's blocks.</summary>
    private const int SettleAfter = 1024;

    private RdfReadingPlan? _plan;
    private int _mostBlocksHeld;
    private Dictionary<int, HashSet<(int Predicate, int Object)>>? _indexed;
    private Dictionary<int, HashSet<(string Predicate, RdfTerm Object)>>? _indexedLiterals;
    private int _current = -1;
    private string? _currentText;
    private int _currentLine;

    /// <summary>The triples added in the second pass (a triple written twice counts twice).</summary>
    public int Count { get; private set; }

    /// <summary>The blocks of triples in memory now.</summary>
    public int BlocksHeld => _runs.BlocksHeld + _settled.BlocksHeld;

    /// <summary>The most blocks of triples (64 kB each) the second pass held at once.</summary>
    public int MostBlocksHeld => _mostBlocksHeld;

    /// <summary>
    /// Keeps a triple of the second pass; false when the file is not as the first pass read it (a subject it did not
    /// name, one already let go, or more triples of one subject than it had): the file changed between the passes.
    /// </summary>
    public bool Add(RdfTriple triple)
    {
        // A run of one subject's triples looks its subject up once: the readers give a repeated subject the same string
        // (this reading's string, not the one the first reading kept).
        var subject = _current >= 0 && ReferenceEquals(triple.Subject.Value, _currentText) && triple.Subject.IsBlankNode == _nodes[_current].IsBlankNode
            ? _current
            : Find(triple.Subject);
        if (subject < 0 || _nodes[subject].Released || Count > _nodes[subject].LastTriple || !Mix(triple, subject, ref _secondFingerprint)
            || (triple.Object.IsLiteral && Find(RdfTerm.Iri(triple.Object.Datatype!)) < 0))
        {
            return false;
        }

        if (subject != _current)
        {
            StartRun(subject);
        }

        _currentText = triple.Subject.Value;
        Write(_runs, triple, ref _currentLine);
        _nodes[subject].TripleCount++;
        Count++;

        // A subject held long after its last triple (a statement waiting for the event that implies its fact, say)
        // would keep whole blocks of the stream in memory for a few bytes of its own: its triples move out of them.
        if (Count - 1 == _nodes[subject].LastTriple && _plan is not null && _plan.ReleaseOf(subject) > Count - 1 + SettleAfter)
        {
            Settle(subject);
        }

        _mostBlocksHeld = Math.Max(_mostBlocksHeld, BlocksHeld);
        return true;
    }

    /// <summary>
    /// Whether the second pass has read as many triples of <paramref name="node"/> as the first did: when a subject is
    /// read or let go, anything else means the file changed between the passes.
    /// </summary>
    public bool IsWhole(int node) => _nodes[node].TripleCount == _nodes[node].OutlinedCount;

    /// <summary>Whether the second pass read the very triples the first did.</summary>
    public bool ReadAsOutlined => Count == _outlined && _secondFingerprint == _firstFingerprint;

    /// <summary>The subject's triples, each once: RDF is a set, so a triple written twice is one triple.</summary>
    public List<RdfTriple> Of(RdfTerm subject)
    {
        if (!TryFind(subject, out var id))
        {
            return new List<RdfTriple>();
        }

        if (_nodes[id].FirstRun == 0)
        {
            return _nodes[id].Released ? throw new RdfFileChangedException() : new List<RdfTriple>();
        }

        var list = new List<RdfTriple>(_nodes[id].TripleCount);

        HashSet<RdfTriple>? seen = null;
        for (var run = _nodes[id].FirstRun; run != 0;)
        {
            var cursor = Store(id).At(run - 1);
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
            if (!TryFind(subject, out var literalSubject) || _nodes[literalSubject].TripleCount <= IndexedAbove)
            {
                return Of(subject).Exists(t => t.Predicate.Equals(predicate) && t.Object.Equals(@object));
            }

            // As for nodes below: a hub with many literals, each described by a statement, is decoded once, not once a statement.
            _indexedLiterals ??= new Dictionary<int, HashSet<(string Predicate, RdfTerm Object)>>();
            if (!_indexedLiterals.TryGetValue(literalSubject, out var literals))
            {
                literals = new HashSet<(string, RdfTerm)>();
                foreach (var triple in Of(subject))
                {
                    if (triple.Object.IsLiteral)
                    {
                        literals.Add((triple.Predicate.Value, triple.Object));
                    }
                }

                _indexedLiterals.Add(literalSubject, literals);
            }

            return literals.Contains((predicate.Value, @object));
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

    /// <summary>Lets go of a subject's triples once every reading that looks into them is done.</summary>
    public void Release(int node)
    {
        LetGo(node);
        _nodes[node].Released = true;
        _indexed?.Remove(node);
        _indexedLiterals?.Remove(node);
    }

    /// <summary>Moves a subject's triples, all passed, out of the stream's blocks into one run of their own.</summary>
    private void Settle(int node)
    {
        var triples = new List<RdfTriple>(_nodes[node].TripleCount);
        var subject = Term(node);
        for (var run = _nodes[node].FirstRun; run != 0;)
        {
            var cursor = _runs.At(run - 1);
            run = cursor.Fixed();
            var line = 0;
            while (!cursor.AtEnd && cursor.Unsigned() is var predicate and not 0)
            {
                triples.Add(ReadTriple(ref cursor, subject, (int)predicate - 1, ref line));
            }
        }

        LetGo(node);
        var start = _settled.Length;
        _settled.Open(start);
        _settled.AddFixed(0);
        var written = 0;
        foreach (var triple in triples)
        {
            Write(_settled, triple, ref written);
        }

        _settled.Add(0);
        _settled.Close();
        ref var settled = ref _nodes[node];
        settled.FirstRun = settled.LastRun = start + 1;
        settled.Settled = true;
    }

    /// <summary>Lets go of the blocks a subject's runs lie in, and forgets where they were.</summary>
    private void LetGo(int node)
    {
        if (node == _current)
        {
            EndRun();
        }

        var store = Store(node);
        for (var run = _nodes[node].FirstRun; run != 0;)
        {
            var start = run - 1;
            var cursor = store.At(start);
            run = cursor.Fixed();
            while (!cursor.AtEnd && cursor.Unsigned() != 0)
            {
                SkipTriple(ref cursor);
            }

            store.LetGo(start, cursor.Offset);
        }

        _nodes[node].FirstRun = 0;
        _nodes[node].LastRun = 0;
    }

    private RunBytes Store(int node) => _nodes[node].Settled ? _settled : _runs;

    /// <summary>What the reading has noted of an IRI or blank node of the file, to read or to change.</summary>
    public ref NodeNotes Notes(RdfTerm node)
    {
        if (!TryFind(node, out var id))
        {
            throw new ArgumentException($"The file has no node {node}.", nameof(node));
        }

        return ref _nodes[id].Notes;
    }

    /// <summary>Whether the file names <paramref name="node"/> (as a subject, predicate or object).</summary>
    public bool Names(RdfTerm node) => TryFind(node, out _);

    /// <summary>What the reading has noted of <paramref name="node"/>; nothing for a node the file does not name.</summary>
    public NodeNotes NotesOf(RdfTerm node) => TryFind(node, out var id) ? _nodes[id].Notes : default;

    /// <summary>The IRI or blank node numbered <paramref name="id"/>.</summary>
    public RdfTerm Term(int id) => _nodes[id].IsBlankNode ? RdfTerm.Blank(_nodes[id].Value) : RdfTerm.Iri(_nodes[id].Value);

    /// <summary>Ends the run being written and starts one of <paramref name="subject"/>, linked from its last run.</summary>
    private void StartRun(int subject)
    {
        if (_current >= 0)
        {
            EndRun();
        }

        var start = _runs.Length + 1;
        ref var node = ref _nodes[subject];
        if (node.LastRun == 0)
        {
            node.FirstRun = start;
        }
        else
        {
            _runs.SetFixed(node.LastRun - 1, start);
        }

        node.LastRun = start;
        _runs.Open(start - 1);
        _runs.AddFixed(0);
        _current = subject;
        _currentLine = 0;
    }

    private void EndRun()
    {
        _runs.Add(0);
        _runs.Close();
        _current = -1;
    }

    /// <summary>A triple after its subject: its predicate's number, its object, and where its terms stand, as differences.</summary>
    private void Write(RunBytes runs, RdfTriple triple, ref int line)
    {
        runs.AddUnsigned((ulong)Find(triple.Predicate) + 1);
        WriteObject(runs, triple.Object);
        runs.AddSigned(triple.SubjectAt.Line - line);
        runs.AddUnsigned((ulong)triple.SubjectAt.Column);
        runs.AddSigned(triple.PredicateAt.Line - triple.SubjectAt.Line);
        runs.AddUnsigned((ulong)triple.PredicateAt.Column);
        runs.AddSigned(triple.ObjectAt.Line - triple.PredicateAt.Line);
        runs.AddUnsigned((ulong)triple.ObjectAt.Column);
        line = triple.SubjectAt.Line;
    }

    /// <summary>An IRI or blank node as twice its number; a literal as 1, then its datatype, language and text.</summary>
    private void WriteObject(RunBytes runs, RdfTerm term)
    {
        if (!term.IsLiteral)
        {
            runs.AddUnsigned((ulong)Find(term) << 1);
            return;
        }

        runs.AddUnsigned(1);
        runs.AddUnsigned((ulong)Find(RdfTerm.Iri(term.Datatype!)));
        runs.AddUnsigned(term.Language is null ? 0 : (ulong)Language(term.Language) + 1);
        runs.AddText(term.Value);
    }

    /// <summary>The predicate and object of each triple of <paramref name="subject"/> whose object is a node, read without making terms.</summary>
    private IEnumerable<(int Predicate, int Object)> NodeObjects(int subject)
    {
        if (_nodes[subject].Released)
        {
            throw new RdfFileChangedException();
        }

        for (var run = _nodes[subject].FirstRun; run != 0;)
        {
            var cursor = Store(subject).At(run - 1);
            run = cursor.Fixed();
            while (!cursor.AtEnd && cursor.Unsigned() is var predicate and not 0)
            {
                var tag = SkipTriple(ref cursor);
                if (tag != 1)
                {
                    yield return ((int)predicate - 1, (int)(tag >> 1));
                }
            }
        }
    }

    /// <summary>Reads past a triple's object and positions, after its predicate; returns the object's tag.</summary>
    private static ulong SkipTriple(ref RunBytes.Cursor cursor)
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

        return tag;
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

    /// <summary>The number of a node the first pass met; -1 for one it did not.</summary>
    private int Find(RdfTerm term) => TryFind(term, out var id) ? id : -1;

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

    /// <summary>
    /// An IRI or blank node: where its last triple as a subject stands (-1 for a node that is no subject), where its
    /// runs start (offsets plus one; 0 for none), and its notes.
    /// </summary>
    private struct Node
    {
        public readonly string Value;
        public readonly bool IsBlankNode;
        public bool Released;

        /// <summary>Its triples are in the store of subjects that wait, not the stream's.</summary>
        public bool Settled;
        public int LastTriple;

        /// <summary>Its triples as a subject in the first reading, and in the second so far (repeats included).</summary>
        public int OutlinedCount;
        public int TripleCount;
        public long FirstRun;
        public long LastRun;
        public NodeNotes Notes;

        public Node(string value, bool isBlankNode)
        {
            Value = value;
            IsBlankNode = isBlankNode;
            Released = false;
            Settled = false;
            LastTriple = -1;
            OutlinedCount = 0;
            TripleCount = 0;
            FirstRun = 0;
            LastRun = 0;
            Notes = default;
        }
    }
}

/// <summary>What a reading of the triples has found out about a node, kept with the node rather than in sets of its own.</summary>
internal struct NodeNotes
{
    /// <summary>Read as a statement, omitted passage or source, or refused where it was met: not left over.</summary>
    public bool Read;

    /// <summary>A blank node typed <c>rdf:Statement</c> (noted by the first pass).</summary>
    public bool IsStatement;

    /// <summary>Whether <see cref="DeclaredType"/> has been worked out.</summary>
    public bool TypeRead;

    /// <summary>The type the file declares this entity or event with; null when it declares none.</summary>
    public string? DeclaredType;
}
