using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Syntax.Compact;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Reads the shapes <see cref="RdfExport"/> writes back into the syntax of a data file, located at the triples' lines and
/// columns, so that the loader checks, binds and adds RDF exactly as it does YAML (one set of rules, one set of
/// diagnostics). Derived triples are not read back: the earliest and latest bounds of a time, the facts an event implies
/// (the graph implies them again), the end that an ending event gave a lasting fact, and the position selector of a
/// quote (the quote is found in its document again). An entity, event or document the loader knows already (compiled, or
/// loaded before) is not declared again: an export of a whole graph loads onto the compiled data it was made from. A
/// triple that fits none of the shapes is KG0033 at its subject. Subjects are read one at a time as the triples stream
/// past (<see cref="Read"/>): any node other than its own that the reading of a subject looks into must be one that
/// <see cref="RdfSubjects.Outline"/> notes, or the plan would let its triples go too early.
/// </summary>
internal sealed partial class RdfDataFile
{
    private static readonly string Type = RdfVocabulary.RdfType;
    private static readonly string Label = RdfVocabulary.Rdfs + "label";
    private static readonly string Comment = RdfVocabulary.Rdfs + "comment";
    private static readonly string AltLabel = RdfVocabulary.Skos + "altLabel";
    private static readonly string DerivedFrom = SourceTriples.DerivedFrom.Value;
    private static readonly string DocumentClass = RdfNames.Term("Document");
    private static readonly string OmissionClass = RdfNames.Term("Omission");
    private static readonly string DocumentPath = RdfNames.Term("path");
    private static readonly string Reason = RdfNames.Term("reason");
    private static readonly string ImpliedBy = RdfNames.Term("impliedBy");
    private static readonly string EndedBy = RdfNames.Term("endedBy");
    private static readonly HashSet<string> DerivedTime = new(StringComparer.Ordinal) { TimeTriples.EarliestBegin.Value, TimeTriples.LatestEnd.Value };

    private readonly string _path;
    private readonly SymbolTable _table;
    private readonly RdfNames _names;
    private readonly RdfSubjects _subjects;
    private readonly KnownGraph _known;
    private readonly Dictionary<RdfTerm, (Located Document, Located Quote)?> _sourcesRead = new();
    private readonly Dictionary<RdfTerm, HashSet<(string, string)>> _causeSources = new();
    private readonly Dictionary<string, Dictionary<string, MemberModel>> _members = new(StringComparer.Ordinal);
    private readonly List<KgDiagnostic> _diagnostics = new();
    private readonly List<(string Predicate, int Count, int Second)> _singleValuedCounts = new();
    private readonly List<DocumentSyntax> _documents = new();
    private readonly List<OmissionSyntax> _omissions = new();

    /// <summary>Each item goes into the compact store as it is made, so the file's syntax is never whole in memory.</summary>
    private readonly CompactItems _items;

    /// <summary>Members whose value was refused (reported), by where their subject stands: they are not also missing.</summary>
    private readonly HashSet<(SourceSpan Subject, string Member)> _refused = new();

    /// <summary>Documents the sources of a refused statement quote: they are not also unquoted.</summary>
    private readonly HashSet<string> _refusedDocuments = new(StringComparer.Ordinal);

    /// <summary>Entities and events whose type was refused (reported): what names them is not also naming an unknown id.</summary>
    private readonly HashSet<string> _refusedIds = new(StringComparer.Ordinal);

    public RdfDataFile(string path, RdfSubjects subjects, SymbolTable table, RdfNames names, KnownGraph known)
    {
        _path = path;
        _table = table;
        _names = names;
        _subjects = subjects;
        _known = known;
        _items = new CompactItems(path);
    }

    /// <summary>
    /// Whether the file is worth reading subject by subject, once its first pass is done: not when no subject is under
    /// the base IRI, which is one error that says so, not one per subject.
    /// </summary>
    public bool Begin()
    {
        var (anyIri, anyUnder) = _subjects.IriSubjects(_names.Base);
        if (anyIri && !anyUnder)
        {
            Report(new RdfPosition(1, 1), Descriptors.Rdf.NoSubjectUnderBase, _names.Base);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads one subject, once every triple its reading looks into has passed: an entity, event or document (declared,
    /// or checked against the graph), a statement's fact, or an omitted passage.
    /// </summary>
    public void Read(RdfTerm subject)
    {
        var triples = _subjects.Of(subject);
        var types = Types(triples);
        if (subject.IsIri && _names.TryDocument(subject.Value, out var documentId))
        {
            if (_table.FindDocument(documentId) is not null)
            {
                CheckKnownDocument(documentId, triples);
            }
            else
            {
                _documents.Add(Document(documentId, triples));
            }
        }
        else if (subject.IsIri && _names.TryEntity(subject.Value, out var id))
        {
            string? type = null;
            if (_table.FindInstance(id) is not null)
            {
                // Known already (compiled, or loaded before): not declared again; what the file says of it must agree.
                CheckKnown(id, triples);
            }
            else if (types.Count == 0)
            {
                CheckRelationsOnly(triples);
            }
            else if ((type = DeclaredType(id, types, report: true)) is null)
            {
                CheckSingleValued(triples); // a refused type is not all that is wrong with it
                _refusedIds.Add(id);
            }

            ref var notes = ref _subjects.Notes(subject);
            notes.TypeRead = true;
            notes.DeclaredType = type;
            AddInstanceAndRelations(id, type, triples);
        }
        else if (subject.IsBlankNode && _subjects.NotesOf(subject).IsStatement)
        {
            _subjects.Notes(subject).Read = true;
            var reported = _diagnostics.Count;
            if (Fact(triples) is { } fact)
            {
                _items.AddFact(fact);
            }
            else if (_diagnostics.Count > reported)
            {
                NoteRefusedSources(triples);
            }
        }
        else if (subject.IsBlankNode && types.Any(t => t.Object.Value == OmissionClass))
        {
            _subjects.Notes(subject).Read = true;
            if (Omission(triples) is { } omission && !IsKnown(omission))
            {
                _omissions.Add(omission);
            }
        }
        else if (!subject.IsBlankNode && _names.CanonicalForm(subject.Value) is { } canonical)
        {
            Report(triples[0].SubjectAt, Descriptors.Rdf.NameNotCanonical, subject.Value, canonical);
        }
        else if (!subject.IsBlankNode)
        {
            Report(triples[0].SubjectAt, Descriptors.Rdf.SubjectOutsideBase, subject.Value, _names.Ids, _names.Documents);
        }
    }

    /// <summary>
    /// Lets go of a subject's triples once every reading that looks into them is done; a blank node no reading took up
    /// would be dropped without a word, so it is an error.
    /// </summary>
    public void Release(RdfTerm subject, int node)
    {
        if (subject.IsBlankNode && !_subjects.NotesOf(subject).Read)
        {
            ReportUnread(subject);
        }

        _sourcesRead.Remove(subject);
        _causeSources.Remove(subject);
        _subjects.Release(node);
    }

    /// <summary>
    /// The data file the triples state, and which of the binder's diagnostics only repeat a refusal of the reading (a
    /// required member whose value was refused is reported as refused, not also as missing; an entity whose type was
    /// refused is not also unknown where other subjects name it; a document quoted by a refused statement is not also
    /// unquoted: one mistake, one error).
    /// Diagnostics are in the order of the file, whatever order the subjects were read in.
    /// </summary>
    public (OntologyFileSyntax File, Func<KgDiagnostic, bool> IsCascade) Finish(bool readWhole)
    {
        var ordered = _diagnostics.OrderBy(d => d.Span.StartLine).ThenBy(d => d.Span.StartColumn).ToList();
        var refused = _refused;
        var refusedIds = _refusedIds;
        var refusedDocuments = _refusedDocuments;
        var file = readWhole
            ? new OntologyFileSyntax(
                _path, null, default, default, default, _documents.ToEquatableArray(), default, default, default, _omissions.ToEquatableArray(),
                ordered.ToEquatableArray(), _items)
            : new OntologyFileSyntax(_path, null, default, default, default, default, default, default, default, default, ordered.ToEquatableArray());
        return (file, d => (d.Id == Descriptors.MissingRequired.Id && d.Arguments.Count == 3 && refused.Contains((d.Span, d.Arguments[2])))
            || (d.Id == Descriptors.UnknownEntity.Id && d.Arguments.Count >= 1 && d.Arguments[0] is string id && refusedIds.Contains(id))
            || (d.Id == Descriptors.UnusedDocument.Id && d.Arguments.Count >= 1 && refusedDocuments.Contains(d.Arguments[0])));
    }

    /// <summary>
    /// An entity or event this file declares, with its relation triples that no statement describes as its keys (as
    /// an entity's keys in YAML); of a subject it does not declare, those triples as facts.
    /// </summary>
    private void AddInstanceAndRelations(string id, string? type, List<RdfTriple> triples)
    {
        var declared = type is not null;
        if (!declared && _table.FindInstance(id) is null && triples.Any(t => t.Predicate.Value == Type))
        {
            return; // its type was refused: reported, and nothing of it is read
        }

        var keys = declared ? new List<EntrySyntax>() : null;
        foreach (var triple in triples)
        {
            if (IsRelation(triple.Predicate.Value) && !_subjects.IsDescribed(triple))
            {
                AddRelationTriple(triple, type, keys, _items);
            }
        }

        if (declared)
        {
            var instance = Instance(id, type!, Types(triples)[0], triples, keys!);
            if (IsEventType(type!))
            {
                _items.AddEvent(instance);
            }
            else
            {
                _items.AddEntity(instance);
            }
        }
    }

    /// <summary>The <c>rdf:type</c> triples among <paramref name="triples"/>.</summary>
    private static List<RdfTriple> Types(List<RdfTriple> triples)
    {
        var types = new List<RdfTriple>(1);
        foreach (var triple in triples)
        {
            if (triple.Predicate.Value == Type)
            {
                types.Add(triple);
            }
        }

        return types;
    }

    /// <summary>Notes the documents a refused statement's sources quote.</summary>
    private void NoteRefusedSources(List<RdfTriple> triples)
    {
        foreach (var triple in triples)
        {
            if (triple.Predicate.Value == DerivedFrom && PassageOf(triple.Object) is { } passage)
            {
                _refusedDocuments.Add(passage.Document.Text);
            }
        }
    }

    /// <summary>A blank node that is no statement, omitted passage or source would be dropped without a word: it is an error.</summary>
    private void ReportUnread(RdfTerm subject)
    {
        var triples = _subjects.Of(subject);
        var typed = triples.Any(t => t.Predicate.Value == Type && t.Object.IsIri && _names.TrySchema(t.Object.Value, out _, out var member) && member is null);
        if (typed)
        {
            Report(triples[0].SubjectAt, Descriptors.Rdf.BlankEntity, _names.Ids, subject.Value);
        }
        else
        {
            Report(triples[0].SubjectAt, Descriptors.Rdf.UnreadBlankNode, subject.Value);
        }
    }

    /// <summary>A source's nodes are read with the source; those of a known entity are read by the graph's own.</summary>
    private void MarkRead(RdfTerm node)
    {
        // A stack, not recursion: blank nodes may nest as deep as the file likes.
        var pending = new Stack<RdfTerm>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next.IsLiteral)
            {
                continue; // a literal where a node belongs: reported where it stands, and nothing hangs from it
            }

            ref var notes = ref _subjects.Notes(next);
            if (notes.Read)
            {
                continue;
            }

            notes.Read = true;
            foreach (var triple in _subjects.Of(next))
            {
                if (triple.Object.IsBlankNode)
                {
                    pending.Push(triple.Object);
                }
            }
        }
    }
}
