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
/// triple that fits none of the shapes is KG0033 at its subject.
/// </summary>
internal sealed partial class RdfDataFile
{
    private static readonly string Type = RdfVocabulary.RdfType;
    private static readonly string Label = RdfVocabulary.Rdfs + "label";
    private static readonly string Comment = RdfVocabulary.Rdfs + "comment";
    private static readonly string AltLabel = RdfVocabulary.Skos + "altLabel";
    private static readonly string Statement = RdfVocabulary.Rdf + "Statement";
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

    /// <summary>Members whose value was refused (reported), by where their subject stands: they are not also missing.</summary>
    private readonly HashSet<(SourceSpan Subject, string Member)> _refused = new();

    private RdfDataFile(string path, SymbolTable table, RdfNames names, RdfSubjects subjects, KnownGraph known)
    {
        _path = path;
        _table = table;
        _names = names;
        _subjects = subjects;
        _known = known;
    }

    /// <summary>
    /// The data file the triples of <paramref name="subjects"/> state, read against what <paramref name="known"/> holds
    /// already; and which of the binder's diagnostics only repeat a refusal of the reading (a required member whose value
    /// was refused is reported as refused, not also as missing: one mistake, one error).
    /// </summary>
    public static (OntologyFileSyntax File, Func<KgDiagnostic, bool> IsCascade) Read(string path, RdfSubjects subjects, SymbolTable table, RdfNames names, KnownGraph known)
    {
        var reading = new RdfDataFile(path, table, names, subjects, known);
        var file = reading.Read();
        var refused = reading._refused;
        return (file, d => d.Id == Descriptors.MissingRequired.Id && d.Arguments.Count == 3 && refused.Contains((d.Span, d.Arguments[2])));
    }

    private OntologyFileSyntax Read()
    {
        var documents = new List<DocumentSyntax>();
        var omissions = new List<OmissionSyntax>();
        foreach (var subject in _subjects.Order)
        {
            var triples = _subjects.Of(subject);
            var types = Types(triples);
            if (subject.IsIri && _names.TryDocument(subject.Value, out var documentId))
            {
                if (_table.FindDocument(documentId) is not null)
                {
                    CheckKnownDocument(documentId, triples);
                    continue;
                }

                documents.Add(Document(documentId, triples));
            }
            else if (subject.IsIri && _names.TryEntity(subject.Value, out var id))
            {
                if (_table.FindInstance(id) is not null)
                {
                    // Known already (compiled, or loaded before): not declared again; what the file says of it must agree.
                    CheckKnown(id, triples);
                }
                else if (types.Count == 0)
                {
                    CheckRelationsOnly(triples);
                }
                else if (DeclaredType(id, types) is { } type)
                {
                    // Made below, once the statements have said which of its relation triples are facts of their own.
                    _subjects.Notes(subject).DeclaredType = type;
                }
                else
                {
                    CheckSingleValued(triples); // a refused type is not all that is wrong with it
                }
            }
            else if (subject.IsBlankNode && types.Any(t => t.Object.Value == Statement))
            {
                ref var notes = ref _subjects.Notes(subject);
                notes.IsStatement = true;
                notes.Read = true;
            }
            else if (subject.IsBlankNode && types.Any(t => t.Object.Value == OmissionClass))
            {
                _subjects.Notes(subject).Read = true;
                if (Omission(triples) is { } omission && !IsKnown(omission))
                {
                    omissions.Add(omission);
                }
            }
            else if (!subject.IsBlankNode)
            {
                Report(triples[0].SubjectAt, Descriptors.Rdf.SubjectOutsideBase, subject.Value, _names.Ids, _names.Documents);
            }
        }

        if (_diagnostics.Count > 0 && _subjects.Order.Any(s => s.IsIri) && !_subjects.Order.Any(s => s.IsIri && s.Value.StartsWith(_names.Base, StringComparison.Ordinal)))
        {
            // Nothing is under the base: one error that says so, not one per subject.
            _diagnostics.Clear();
            Report(new RdfPosition(1, 1), Descriptors.Rdf.NoSubjectUnderBase, _names.Base);
            return Empty();
        }

        // Each item goes into the compact store as it is made, so the file's syntax is never whole in memory.
        var items = new CompactItems(_path);
        var reified = new HashSet<(string, string, string)>();
        foreach (var (statement, _) in _subjects.OrderWithNotes.Where(s => s.Notes.IsStatement))
        {
            if (Fact(statement, reified) is { } fact)
            {
                items.AddFact(fact);
            }
        }

        foreach (var subject in _subjects.Order)
        {
            if (subject.IsIri && !_names.TryDocument(subject.Value, out _) && _names.TryEntity(subject.Value, out var id))
            {
                AddInstanceAndRelations(subject, id, reified, items);
            }
        }

        ReportUnread();
        return new OntologyFileSyntax(
            _path, null, default, default, default, documents.ToEquatableArray(), default, default, default, omissions.ToEquatableArray(),
            _diagnostics.ToEquatableArray(), items);
    }

    /// <summary>
    /// An entity or event this file declares, with its relation triples that no statement describes as its keys (as
    /// an entity's keys in YAML); of a subject it does not declare, those triples as facts.
    /// </summary>
    private void AddInstanceAndRelations(RdfTerm subject, string id, HashSet<(string, string, string)> reified, CompactItems items)
    {
        var triples = _subjects.Of(subject);
        var type = _subjects.NotesOf(subject).DeclaredType;
        var declared = type is not null;
        if (!declared && _table.FindInstance(id) is null && triples.Any(t => t.Predicate.Value == Type))
        {
            return; // its type was refused: reported, and nothing of it is read
        }

        var keys = declared ? new List<EntrySyntax>() : null;
        foreach (var triple in triples)
        {
            if (IsRelation(triple.Predicate.Value) && !reified.Contains((triple.Subject.Value, triple.Predicate.Value, triple.Object.Value)))
            {
                AddRelationTriple(triple, keys, items);
            }
        }

        if (declared)
        {
            var instance = Instance(id, type!, Types(triples)[0], triples, keys!);
            if (IsEventType(type!))
            {
                items.AddEvent(instance);
            }
            else
            {
                items.AddEntity(instance);
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

    private OntologyFileSyntax Empty() =>
        new(_path, null, default, default, default, default, default, default, default, default, _diagnostics.ToEquatableArray());

    /// <summary>A blank node that is no statement, omitted passage or source would be dropped without a word: it is an error.</summary>
    private void ReportUnread()
    {
        foreach (var (subject, _) in _subjects.OrderWithNotes.Where(s => s.Subject.IsBlankNode && !s.Notes.Read))
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
