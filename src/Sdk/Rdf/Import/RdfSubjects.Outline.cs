using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>The first pass: what the reading of each subject will look into, and what the statements describe.</summary>
internal sealed partial class RdfSubjects
{
    private static readonly string ImpliedBy = RdfNames.Term("impliedBy");

    /// <summary>The subjects in the order they first appear.</summary>
    private readonly List<int> _order = new();

    /// <summary>Pairs of nodes (from, to): reading the first looks into the triples of the second.</summary>
    private readonly List<int> _looksFrom = new();
    private readonly List<int> _looksInto = new();

    /// <summary>What each blank node says with <c>rdf:subject</c>, <c>rdf:predicate</c> and <c>rdf:object</c>, until <see cref="Plan"/>.</summary>
    private Dictionary<int, StatementParts>? _parts = new();

    /// <summary>The triples that statements describe, by their nodes' numbers; those whose object is a literal apart.</summary>
    private readonly HashSet<(int Subject, int Predicate, int Object)> _described = new();
    private readonly HashSet<(int Subject, int Predicate, RdfTerm Object)> _describedLiterals = new();

    private int _outlined;
    private ulong _firstFingerprint = 14695981039346656037;
    private ulong _secondFingerprint = 14695981039346656037;

    /// <summary>Notes a triple of the first pass: its nodes, where its subject's last triple stands, what its reading looks into.</summary>
    public void Outline(RdfTriple triple)
    {
        var subject = _current >= 0 && ReferenceEquals(triple.Subject.Value, _nodes[_current].Value) && triple.Subject.IsBlankNode == _nodes[_current].IsBlankNode
            ? _current
            : Id(triple.Subject);
        _current = subject;
        ref var node = ref _nodes[subject];
        if (node.LastTriple < 0)
        {
            _order.Add(subject);
        }

        node.LastTriple = _outlined++;
        var predicate = Id(triple.Predicate);
        var @object = triple.Object.IsLiteral ? -1 : Id(triple.Object);
        if (triple.Object.IsLiteral)
        {
            Id(RdfTerm.Iri(triple.Object.Datatype!)); // the second pass writes it as a number
        }

        Mix(triple, subject, ref _firstFingerprint);
        node.OutlinedCount++;
        if (triple.Object.IsBlankNode || (triple.Object.IsIri && IsSourcePart(triple.Predicate.Value)))
        {
            // A source, a selector, a nested node: read with what names it. A source or selector named by an IRI is
            // read so too (and found wanting: a source is a blank node), so its triples must be there as well.
            LooksInto(subject, @object);
        }

        if (triple.Subject.IsBlankNode)
        {
            OutlineStatement(subject, triple, @object);
        }
    }

    /// <summary>
    /// Works out, from the first pass, the triples statements describe and when each subject is read and let go; the
    /// second pass starts afresh after it.
    /// </summary>
    public RdfReadingPlan Plan()
    {
        foreach (var (statement, parts) in _parts!)
        {
            if (_nodes[statement].Notes.IsStatement && parts.Subject >= 0 && !_nodes[parts.Subject].IsBlankNode && parts.Predicate >= 0)
            {
                if (parts.Object >= 0)
                {
                    _described.Add((parts.Subject, parts.Predicate, parts.Object));
                }
                else if (parts.Literal is { } literal)
                {
                    _describedLiterals.Add((parts.Subject, parts.Predicate, literal));
                }
            }
        }

        _parts = null;
        var last = new int[_nodes.Count];
        for (var i = 0; i < last.Length; i++)
        {
            last[i] = _nodes[i].LastTriple;
        }

        var plan = _plan = RdfReadingPlan.Make(last, _order, _looksFrom, _looksInto);
        _looksFrom.Clear();
        _looksFrom.TrimExcess();
        _looksInto.Clear();
        _looksInto.TrimExcess();
        _current = -1;
        return plan;
    }

    /// <summary>Whether a statement of the file describes <paramref name="triple"/> (it is then a fact of its own, not a key).</summary>
    public bool IsDescribed(RdfTriple triple)
    {
        if (!TryFind(triple.Subject, out var subject) || !TryFind(triple.Predicate, out var predicate))
        {
            return false;
        }

        return triple.Object.IsLiteral
            ? _describedLiterals.Contains((subject, predicate, triple.Object))
            : TryFind(triple.Object, out var @object) && _described.Contains((subject, predicate, @object));
    }

    /// <summary>Whether any subject is an IRI, and whether any is an IRI starting with <paramref name="prefix"/>.</summary>
    public (bool AnyIri, bool AnyUnder) IriSubjects(string prefix)
    {
        var any = false;
        foreach (var id in _order)
        {
            if (!_nodes[id].IsBlankNode)
            {
                any = true;
                if (_nodes[id].Value.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return (true, true);
                }
            }
        }

        return (any, false);
    }

    private static bool IsSourcePart(string predicate) => predicate == SourceTriples.DerivedFrom.Value || predicate == SourceTriples.HasSelector.Value;

    private void OutlineStatement(int subject, RdfTriple triple, int @object)
    {
        var predicate = triple.Predicate.Value;
        if (predicate == RdfVocabulary.RdfType && triple.Object.IsIri && triple.Object.Value == RdfVocabulary.RdfStatement)
        {
            _nodes[subject].Notes.IsStatement = true;
        }
        else if (predicate == RdfVocabulary.RdfSubject)
        {
            Parts(subject).Subject = @object < 0 ? -2 : @object;
            if (triple.Object.IsIri)
            {
                LooksInto(subject, @object); // whether the file states the triple it describes
            }
        }
        else if (predicate == RdfVocabulary.RdfPredicate)
        {
            Parts(subject).Predicate = @object < 0 ? -2 : @object;
        }
        else if (predicate == RdfVocabulary.RdfObject)
        {
            ref var parts = ref Parts(subject);
            parts.Object = @object < 0 ? -2 : @object;
            parts.Literal = triple.Object.IsLiteral ? triple.Object : null;
        }
        else if (predicate == ImpliedBy && triple.Object.IsIri)
        {
            LooksInto(subject, @object); // the implying event's type and sources
        }
    }

    private ref StatementParts Parts(int statement)
    {
        ref var parts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_parts!, statement, out var exists);
        if (!exists)
        {
            parts = new StatementParts { Subject = -1, Predicate = -1, Object = -1 };
        }

        return ref parts;
    }

    private void LooksInto(int from, int into)
    {
        _looksFrom.Add(from);
        _looksInto.Add(into);
    }

    /// <summary>Mixes a triple into a fingerprint of the file, so that the second pass can tell it read what the first did.</summary>
    private bool Mix(RdfTriple triple, int subject, ref ulong fingerprint)
    {
        var predicate = Find(triple.Predicate);
        var @object = triple.Object.IsLiteral ? triple.Object.GetHashCode() : Find(triple.Object);
        if (predicate < 0 || (!triple.Object.IsLiteral && @object < 0))
        {
            return false;
        }

        fingerprint = (fingerprint ^ (uint)subject) * 1099511628211;
        fingerprint = (fingerprint ^ (uint)predicate) * 1099511628211;
        fingerprint = (fingerprint ^ (uint)@object) * 1099511628211;
        return true;
    }

    /// <summary>A node's number, a new one for a node not met before (first pass only).</summary>
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

    /// <summary>A statement's parts: node numbers (a blank node's too), -1 when not said, -2 when said with a literal.</summary>
    private struct StatementParts
    {
        public int Subject;
        public int Predicate;
        public int Object;
        public RdfTerm? Literal;
    }
}

/// <summary>A file read twice did not read the same the second time: it changed between the passes.</summary>
internal sealed class RdfFileChangedException : Exception
{
    public RdfFileChangedException()
        : base("The file changed while it was read.")
    {
    }
}
