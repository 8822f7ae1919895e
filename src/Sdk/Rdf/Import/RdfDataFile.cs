using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
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
internal sealed class RdfDataFile
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
    private readonly HashSet<RdfTerm> _read = new();
    private readonly Dictionary<RdfTerm, (Located Document, Located Quote)?> _sourcesRead = new();
    private readonly Dictionary<RdfTerm, HashSet<(string, string)>> _causeSources = new();
    private readonly Dictionary<string, Dictionary<string, MemberModel>> _members = new(StringComparer.Ordinal);
    private readonly List<KgDiagnostic> _diagnostics = new();
    private readonly Dictionary<string, InstanceSyntax> _instancesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _listMembers = new(StringComparer.Ordinal);

    private RdfDataFile(string path, SymbolTable table, RdfNames names, RdfSubjects subjects, KnownGraph known)
    {
        _path = path;
        _table = table;
        _names = names;
        _subjects = subjects;
        _known = known;
    }

    /// <summary>The data file the triples of <paramref name="subjects"/> state, read against what <paramref name="known"/> holds already.</summary>
    public static OntologyFileSyntax Read(string path, RdfSubjects subjects, SymbolTable table, RdfNames names, KnownGraph known) =>
        new RdfDataFile(path, table, names, subjects, known).Read();

    private OntologyFileSyntax Read()
    {
        var documents = new List<DocumentSyntax>();
        var entities = new List<InstanceSyntax>();
        var events = new List<InstanceSyntax>();
        var statements = new List<RdfTerm>();
        var omissions = new List<OmissionSyntax>();
        var relationTriples = new List<RdfTriple>();
        foreach (var subject in _subjects.Order)
        {
            var triples = _subjects.Of(subject);
            var types = triples.Where(t => t.Predicate.Value == Type).ToList();
            if (subject.IsIri && _names.TryDocument(subject.Value, out var documentId))
            {
                if (_table.FindDocument(documentId) is not null)
                {
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
                    relationTriples.AddRange(RelationTriples(triples, declared: false));
                    continue;
                }

                if (types.Count == 0)
                {
                    relationTriples.AddRange(RelationTriples(triples, declared: false));
                    continue;
                }

                var instance = Instance(id, types, triples, relationTriples);
                if (instance is null)
                {
                    continue;
                }

                _instancesById[id] = instance;
                (IsEvent(instance) ? events : entities).Add(instance);
            }
            else if (subject.IsBlankNode && types.Any(t => t.Object.Value == Statement))
            {
                statements.Add(subject);
                _read.Add(subject);
            }
            else if (subject.IsBlankNode && types.Any(t => t.Object.Value == OmissionClass))
            {
                _read.Add(subject);
                if (Omission(triples) is { } omission && !(omission.Document is { } d && omission.Quote is { } q && _known.HasOmission(d.Text, q.Text)))
                {
                    omissions.Add(omission);
                }
            }
            else if (!subject.IsBlankNode)
            {
                Report(triples[0].SubjectAt, $"'{subject.Value}' is neither an entity or event (under '{_names.Ids}') nor a document (under '{_names.Documents}'); check the base IRI (RdfOptions.BaseIri)");
            }
        }

        if (_diagnostics.Count > 0 && _subjects.Order.Any(s => s.IsIri) && !_subjects.Order.Any(s => s.IsIri && s.Value.StartsWith(_names.Base, StringComparison.Ordinal)))
        {
            // Nothing is under the base: one error that says so, not one per subject.
            _diagnostics.Clear();
            Report(new RdfPosition(1, 1), $"no subject of the file is under the base IRI '{_names.Base}'; was it written with another base? Pass it as RdfOptions.BaseIri");
            return Empty();
        }

        var facts = new List<FactSyntax>();
        var reified = new HashSet<(string, string, string)>();
        foreach (var statement in statements)
        {
            if (Fact(statement, reified) is { } fact)
            {
                facts.Add(fact);
            }
        }

        var keys = new Dictionary<string, List<EntrySyntax>>(StringComparer.Ordinal);
        foreach (var triple in relationTriples.Where(t => !reified.Contains((t.Subject.Value, t.Predicate.Value, t.Object.Value))))
        {
            AddRelationTriple(triple, keys, facts);
        }

        ReportUnread();
        entities = WithKeys(entities, keys);
        events = WithKeys(events, keys);
        return new OntologyFileSyntax(
            _path, null, default, default, default, documents.ToEquatableArray(), entities.ToEquatableArray(), events.ToEquatableArray(),
            facts.ToEquatableArray(), omissions.ToEquatableArray(), _diagnostics.ToEquatableArray());
    }

    private OntologyFileSyntax Empty() =>
        new(_path, null, default, default, default, default, default, default, default, default, _diagnostics.ToEquatableArray());

    /// <summary>A blank node that is no statement, omitted passage or source would be dropped without a word: it is an error.</summary>
    private void ReportUnread()
    {
        foreach (var subject in _subjects.Order.Where(s => s.IsBlankNode && !_read.Contains(s)))
        {
            var triples = _subjects.Of(subject);
            var typed = triples.Any(t => t.Predicate.Value == Type && t.Object.IsIri && _names.TrySchema(t.Object.Value, out _, out var member) && member is null);
            Report(triples[0].SubjectAt, typed
                ? $"an entity or event must have an IRI (under '{_names.Ids}'), not be a blank node ('_:{subject.Value}')"
                : $"nothing reads the blank node '_:{subject.Value}': it is not an rdf:Statement, a kg:Omission or a source (prov:wasDerivedFrom)");
        }
    }

    /// <summary>
    /// An entity or event the graph holds already may be described again (an export of a whole graph is), but only as
    /// the graph has it: a value it does not have is an error, as declaring it twice in YAML is.
    /// </summary>
    private void CheckKnown(string id, IReadOnlyList<RdfTriple> triples)
    {
        if (_known.Find(id) is not { } entity)
        {
            if (triples.Any(t => !IsRelation(t.Predicate.Value)))
            {
                Report(triples[0].SubjectAt, $"'{id}' is compiled (or was loaded before) but is not in this graph builder; load onto the builder the generated CreateBuilder() makes, which holds the compiled data");
            }

            return;
        }

        var expected = new HashSet<(string, RdfTerm)>(_known.Describe(entity).Where(t => t.Subject.IsIri && !t.Object.IsBlankNode).Select(t => (t.Predicate.Value, t.Object)));
        foreach (var triple in triples)
        {
            if (triple.Object.IsBlankNode && triple.Predicate.Value == DerivedFrom)
            {
                // Its source, read as the graph's own sources are: a passage the entity does not have is a change too.
                if (Source(triple).FirstOrDefault() is { Document: { } document, Quote: { } quote }
                    && !entity.Sources.Any(s => s.Document.Id == document.Text && s.Quote == quote.Text))
                {
                    Report(triple.ObjectAt, $"'{id}' is in the graph already, without the source \"{quote.Text}\" of '{document.Text}'; a file cannot change what is known: change it where '{id}' is declared");
                }

                continue;
            }

            if (!IsRelation(triple.Predicate.Value) && !expected.Contains((triple.Predicate.Value, triple.Object)))
            {
                Report(triple.ObjectAt, $"'{id}' is in the graph already, which does not say <{triple.Predicate.Value}> {triple.Object}; a file cannot change what is known: change it where '{id}' is declared");
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
            if (!_read.Add(next))
            {
                continue;
            }

            foreach (var triple in _subjects.Of(next))
            {
                if (triple.Object.IsBlankNode)
                {
                    pending.Push(triple.Object);
                }
            }
        }
    }

    private DocumentSyntax Document(string id, IReadOnlyList<RdfTriple> triples)
    {
        Located? path = null, published = null;
        string? title = null;
        foreach (var triple in triples)
        {
            switch (triple.Predicate.Value)
            {
                case RdfVocabulary.DcTerms + "title":
                    title = Text(triple);
                    break;
                case RdfVocabulary.DcTerms + "issued":
                    published = Value(triple);
                    break;
                default:
                    if (triple.Predicate.Value == DocumentPath)
                    {
                        path = Value(triple);
                    }
                    else if (!(triple.Predicate.Value == Type && triple.Object.Value == DocumentClass))
                    {
                        Unexpected(triple, "a document");
                    }

                    break;
            }
        }

        return new DocumentSyntax(new Located(id, At(triples[0].SubjectAt)), path, title, published);
    }

    private InstanceSyntax? Instance(string id, List<RdfTriple> types, IReadOnlyList<RdfTriple> triples, List<RdfTriple> relationTriples)
    {
        if (types.Count > 1)
        {
            Report(types[1].ObjectAt, $"'{id}' has {types.Count} types ({string.Join(", ", types.Select(t => t.Object.Value))}); an entity or event has one type");
            return null;
        }

        if (!types[0].Object.IsIri || !_names.TrySchema(types[0].Object.Value, out var typeName, out var member) || member is not null)
        {
            Report(types[0].ObjectAt, $"the type of '{id}' is '{types[0].Object.Value}', which is not a type of the ontology (under '{_names.Schema}')");
            return null;
        }

        Located? displayName = null;
        string? doc = null;
        var aliases = new List<Located>();
        var time = new TimeParts();
        var sources = new List<SourceSyntax>();
        var entries = new List<(Located Key, Located Value)>();
        foreach (var triple in triples)
        {
            var predicate = triple.Predicate.Value;
            if (predicate == Type || DerivedTime.Contains(predicate) || time.Take(triple, this))
            {
                continue;
            }

            if (predicate == Label)
            {
                displayName = Value(triple);
            }
            else if (predicate == AltLabel)
            {
                aliases.Add(Value(triple));
            }
            else if (predicate == Comment)
            {
                doc = Text(triple);
            }
            else if (predicate == DerivedFrom)
            {
                sources.AddRange(Source(triple));
            }
            else if (_names.TrySchema(predicate, out var owner, out var key) && key is not null)
            {
                if (Member(typeName, key) is { } declared && declared.DeclaringType != owner)
                {
                    Report(triple.ObjectAt, $"'{key}' of {typeName} is <{_names.Member(declared.DeclaringType, key)}>, not <{predicate}>");
                }
                else if (MemberValue(triple, typeName, key) is { } value)
                {
                    entries.Add((new Located(key, At(triple.ObjectAt)), value));
                }
            }
            else if (IsRelation(predicate))
            {
                relationTriples.Add(triple);
            }
            else
            {
                Unexpected(triple, $"'{id}'");
            }
        }

        var lists = ListMembers(typeName);
        var grouped = entries.GroupBy(e => e.Key.Text, StringComparer.Ordinal).Select(g =>
        {
            var values = g.Select(e => e.Value).ToEquatableArray();
            var isList = values.Count > 1 || lists.Contains(g.Key);
            return new EntrySyntax(g.First().Key, values, isList, g.First().Value.Span);
        });
        return new InstanceSyntax(
            new Located(id, At(triples[0].SubjectAt)), new Located(typeName, At(types[0].ObjectAt)), displayName, aliases.ToEquatableArray(), doc,
            time.Syntax(At(triples[0].SubjectAt)), sources.ToEquatableArray(), grouped.ToEquatableArray());
    }

    /// <summary>The members of a type that take a list (YAML writes their values as one, even a single value).</summary>
    private HashSet<string> ListMembers(string typeName)
    {
        if (!_listMembers.TryGetValue(typeName, out var lists))
        {
            lists = _table.FindType(typeName) is { } type
                ? new HashSet<string>(_table.AllMembers(type).Where(m => m.Cardinality.IsMany()).Select(m => m.Name), StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            _listMembers[typeName] = lists;
        }

        return lists;
    }

    /// <summary>Whether <paramref name="term"/> names an event this file declares or the builder holds.</summary>
    private bool IsEvent(RdfTerm term) =>
        term.IsIri && _names.TryEntity(term.Value, out var id)
        && ((_instancesById.TryGetValue(id, out var instance) && IsEvent(instance)) || _known.Find(id) is Event);

    private bool IsEvent(InstanceSyntax instance) => instance.Type is { } type && _table.FindType(type.Text) is { Kind: BaseKind.Event };

    private bool IsRelation(string predicate) =>
        _names.TrySchema(predicate, out var name, out var member) && member is null && _table.FindRelationName(name) is not null;

    private IEnumerable<RdfTriple> RelationTriples(IReadOnlyList<RdfTriple> triples, bool declared)
    {
        var known = _names.TryEntity(triples[0].Subject.Value, out var id) && _table.FindInstance(id) is not null;
        foreach (var triple in triples)
        {
            if (IsRelation(triple.Predicate.Value))
            {
                yield return triple;
            }
            else if (!declared && !known)
            {
                Report(triple.SubjectAt, $"'{triple.Subject.Value}' has no rdf:type here, so it may only be the subject of relations, not of '{triple.Predicate.Value}'; give it its type, or leave the triple out");
            }
        }
    }

    /// <summary>
    /// A reified fact. One that an event implies is read back only for the sources it has beyond the event's own (a
    /// statement merged into it); the graph implies the rest again. The end that an ending event gave it is left out.
    /// </summary>
    private FactSyntax? Fact(RdfTerm statement, HashSet<(string, string, string)> reified)
    {
        var triples = _subjects.Of(statement);
        RdfTriple? subject = null, predicate = null, @object = null;
        RdfTriple? impliedBy = null;
        var endedBy = false;
        var time = new TimeParts();
        var sources = new List<SourceSyntax>();
        foreach (var triple in triples)
        {
            switch (triple.Predicate.Value)
            {
                case RdfVocabulary.Rdf + "subject":
                    subject = triple;
                    break;
                case RdfVocabulary.Rdf + "predicate":
                    predicate = triple;
                    break;
                case RdfVocabulary.Rdf + "object":
                    @object = triple;
                    break;
                default:
                    if (triple.Predicate.Value == Type || DerivedTime.Contains(triple.Predicate.Value) || time.Take(triple, this))
                    {
                    }
                    else if (triple.Predicate.Value == DerivedFrom)
                    {
                        sources.AddRange(Source(triple));
                    }
                    else if (triple.Predicate.Value == ImpliedBy)
                    {
                        impliedBy = triple;
                    }
                    else if (triple.Predicate.Value == EndedBy)
                    {
                        endedBy = true;
                    }
                    else
                    {
                        Unexpected(triple, "a statement");
                    }

                    break;
            }
        }

        if (subject is not { } s || predicate is not { } p || @object is not { } o)
        {
            Report(triples[0].SubjectAt, "an rdf:Statement needs rdf:subject, rdf:predicate and rdf:object");
            return null;
        }

        reified.Add((s.Object.Value, p.Object.Value, o.Object.Value));
        if (impliedBy is { } cause && !IsEvent(cause.Object))
        {
            Report(cause.ObjectAt, $"kg:impliedBy names {cause.Object}, which is no event of this file or of the graph");
            return null;
        }

        if (impliedBy is { } implied)
        {
            var cause2 = implied;
            var own = CauseSources(cause2.Object);
            sources.RemoveAll(x => x.Document is { } d && x.Quote is { } q && own.Contains((d.Text, q.Text)));
            if (sources.Count == 0)
            {
                return null;
            }
        }

        if (endedBy)
        {
            time.End = null;
        }

        var relation = _names.TrySchema(p.Object.Value, out var name, out var member) && member is null
            ? new Located(name, At(p.ObjectAt))
            : new Located(p.Object.Value, At(p.ObjectAt));
        if (Entity(s, "rdf:subject") is not { } factSubject || Entity(o, "rdf:object") is not { } factObject)
        {
            return null;
        }

        return new FactSyntax(factSubject, relation, factObject, time.Syntax(At(s.ObjectAt)), sources.ToEquatableArray(), At(triples[0].SubjectAt));
    }

    /// <summary>The (document, quote) pairs of the event that implies a fact: the fact carries them as its own.</summary>
    private HashSet<(string, string)> CauseSources(RdfTerm cause)
    {
        if (_causeSources.TryGetValue(cause, out var known))
        {
            return known;
        }

        var sources = !_names.TryEntity(cause.Value, out var id)
            ? Enumerable.Empty<(string, string)>()
            : _instancesById.TryGetValue(id, out var instance)
                ? instance.Sources.Where(x => x.Document is not null && x.Quote is not null).Select(x => (x.Document!.Text, x.Quote!.Text))
                : (_known.Find(id)?.Sources ?? Array.Empty<SourceRef>()).Select(x => (x.Document.Id, x.Quote));
        known = new HashSet<(string, string)>(sources);
        _causeSources[cause] = known;
        return known;
    }

    /// <summary>A relation triple without a statement: a key of its subject when this file declares it (as an entity's key in YAML), else a fact.</summary>
    private void AddRelationTriple(RdfTriple triple, Dictionary<string, List<EntrySyntax>> keys, List<FactSyntax> facts)
    {
        _names.TrySchema(triple.Predicate.Value, out var name, out _);
        var relation = new Located(name, At(triple.SubjectAt));
        if (Entity(triple, $"the object of '{name}'") is not { } target)
        {
            return;
        }

        var objectId = _names.TryEntity(triple.Object.Value, out var o) ? o : triple.Object.Value;
        if (_names.TryEntity(triple.Subject.Value, out var known) && _table.FindInstance(known) is not null && _known.HasFact(known, name, objectId))
        {
            return; // a fact of the graph the export was made from, already here
        }

        if (_names.TryEntity(triple.Subject.Value, out var subject) && _instancesById.ContainsKey(subject))
        {
            if (!keys.TryGetValue(subject, out var list))
            {
                keys[subject] = list = new List<EntrySyntax>();
            }

            list.Add(new EntrySyntax(relation, new[] { target }.ToEquatableArray(), false, At(triple.ObjectAt)));
            return;
        }

        facts.Add(new FactSyntax(new Located(_names.TryEntity(triple.Subject.Value, out var id) ? id : triple.Subject.Value, At(triple.SubjectAt)), relation, target, null, default, At(triple.SubjectAt)));
    }

    /// <summary>Adds each instance's relation keys; several values of one relation become one list, as YAML writes them.</summary>
    private static List<InstanceSyntax> WithKeys(List<InstanceSyntax> instances, Dictionary<string, List<EntrySyntax>> keys) =>
        instances.Select(instance => keys.TryGetValue(instance.Name.Text, out var added)
            ? instance with
            {
                Entries = instance.Entries.Concat(added.GroupBy(e => e.Key.Text, StringComparer.Ordinal)
                    .Select(g => new EntrySyntax(g.First().Key, g.SelectMany(e => e.Values).ToEquatableArray(), g.Count() > 1, g.First().ValueSpan))).ToEquatableArray(),
            }
            : instance).ToList();

    private OmissionSyntax Omission(IReadOnlyList<RdfTriple> triples)
    {
        Located? reason = null;
        string? note = null;
        SourceSyntax? passage = null;
        foreach (var triple in triples)
        {
            if (triple.Predicate.Value == Reason)
            {
                reason = Value(triple);
            }
            else if (triple.Predicate.Value == Comment)
            {
                note = Text(triple);
            }
            else if (triple.Predicate.Value == DerivedFrom)
            {
                passage = Source(triple).FirstOrDefault();
            }
            else if (triple.Predicate.Value != Type)
            {
                Unexpected(triple, "an omitted passage");
            }
        }

        return new OmissionSyntax(passage?.Document, passage?.Quote, reason, note, At(triples[0].SubjectAt));
    }

    /// <summary>A passage: the specific resource's document and the exact text of its quote selector.</summary>
    private IEnumerable<SourceSyntax> Source(RdfTriple derivedFrom)
    {
        var resource = derivedFrom.Object;
        if (!_sourcesRead.TryGetValue(resource, out var passage))
        {
            // Read once per node, however many statements derive from it: a node shared a million times costs once.
            passage = Passage(resource);
            _sourcesRead[resource] = passage;
        }

        if (passage is not { } found)
        {
            Report(derivedFrom.ObjectAt, "a source needs one oa:hasSource (the document) and one selector with oa:exact (the quote)");
            yield break;
        }

        yield return new SourceSyntax(found.Document, found.Quote, At(derivedFrom.ObjectAt));
    }

    /// <summary>The document and quote of a specific resource, or null when it has not exactly one of each.</summary>
    private (Located Document, Located Quote)? Passage(RdfTerm resource)
    {
        MarkRead(resource);
        var documents = new List<Located>(1);
        var quotes = new List<Located>(1);
        foreach (var triple in _subjects.Of(resource))
        {
            if (triple.Predicate.Value == SourceTriples.HasSource.Value)
            {
                documents.Add(triple.Object.IsIri && _names.TryDocument(triple.Object.Value, out var id) ? new Located(id, At(triple.ObjectAt)) : new Located(triple.Object.Value, At(triple.ObjectAt)));
            }
            else if (triple.Predicate.Value == SourceTriples.HasSelector.Value)
            {
                quotes.AddRange(_subjects.Of(triple.Object, SourceTriples.Exact.Value).Select(Value));
            }
        }

        return documents.Count == 1 && quotes.Count == 1 ? (documents[0], quotes[0]) : null;
    }

    /// <summary>An object as the text a YAML file would hold: an entity's id, an enum member's name, or a literal's lexical form.</summary>
    private Located Reference(RdfTriple triple)
    {
        var term = triple.Object;
        CheckEncoding(triple);
        if (term.IsIri && _names.TryEntity(term.Value, out var id))
        {
            return new Located(id, At(triple.ObjectAt));
        }

        if (term.IsIri && _names.TrySchema(term.Value, out _, out var member) && member is not null)
        {
            return new Located(member, At(triple.ObjectAt));
        }

        return new Located(term.Value, At(triple.ObjectAt));
    }

    /// <summary>An entity named by its IRI; a literal or a blank node in its place is KG0033 (and no value).</summary>
    private Located? Entity(RdfTriple triple, string what)
    {
        if (triple.Object.IsIri)
        {
            return Reference(triple);
        }

        if (triple.Object.IsBlankNode)
        {
            MarkRead(triple.Object); // reported here, once
        }

        Report(triple.ObjectAt, triple.Object.IsLiteral
            ? $"{what} is an entity, named by its IRI (<{_names.Ids}{RdfNames.Encode(triple.Object.Value)}>), not the literal {triple.Object}"
            : $"{what} is an entity, named by its IRI (under '{_names.Ids}'), not a blank node");
        return null;
    }

    /// <summary>
    /// A property's or role's value as its member's type asks: an entity or an enum member by IRI, a scalar as a literal
    /// of a datatype that fits (a date at any precision for <c>date</c>). A member the type lacks is left to the binder.
    /// </summary>
    private Located? MemberValue(RdfTriple triple, string typeName, string key)
    {
        if (Member(typeName, key) is not { } member)
        {
            return Reference(triple);
        }

        var what = $"'{key}' of {typeName}";
        if (member.Type.Kind == ValueKind.Entity)
        {
            return Entity(triple, what);
        }

        if (member.Type.Kind == ValueKind.Enum)
        {
            if (triple.Object.IsIri && _names.TrySchema(triple.Object.Value, out var @enum, out var value) && value is not null && @enum == member.Type.Name)
            {
                return new Located(value, At(triple.ObjectAt));
            }

            if (triple.Object.IsIri)
            {
                Report(triple.ObjectAt, $"{what} is a member of enum {member.Type.Name} (<{_names.EnumMember(member.Type.Name, "...")}>), not <{triple.Object.Value}>");
                return null;
            }

            Report(triple.ObjectAt, $"{what} is a member of enum {member.Type.Name}, named by its IRI (<{_names.EnumMember(member.Type.Name, triple.Object.Value)}>), not {triple.Object}");
            return null;
        }

        if (triple.Object.IsIri && member.Type.Scalar == ScalarType.Uri)
        {
            return new Located(triple.Object.Value, At(triple.ObjectAt)); // the IRI itself, whatever it names
        }

        if (!triple.Object.IsLiteral || !Datatypes.Fits(member.Type.Scalar, triple.Object))
        {
            Report(triple.ObjectAt, $"{what} is {Datatypes.Describe(member.Type.Scalar)}, not {triple.Object}");
            return null;
        }

        return Value(triple);
    }

    private MemberModel? Member(string typeName, string key)
    {
        if (!_members.TryGetValue(typeName, out var members))
        {
            members = new Dictionary<string, MemberModel>(StringComparer.Ordinal);
            if (_table.FindType(typeName) is { } type)
            {
                foreach (var member in _table.AllMembers(type))
                {
                    members[member.Name] = member;
                }
            }

            _members[typeName] = members;
        }

        return members.TryGetValue(key, out var found) ? found : null;
    }

    internal Located Value(RdfTriple triple)
    {
        CheckEncoding(triple);
        if (!triple.Object.IsLiteral)
        {
            Report(triple.ObjectAt, $"'{triple.Predicate.Value}' takes a literal, not {(triple.Object.IsIri ? "the IRI " + triple.Object.Value : "a blank node")}");
        }

        return new Located(triple.Object.Value, At(triple.ObjectAt));
    }

    private string Text(RdfTriple triple) => Value(triple).Text;

    /// <summary>KG0031 for U+FFFD, which stands for bytes that were not UTF-8 when the file was read (as in YAML files).</summary>
    private void CheckEncoding(RdfTriple triple)
    {
        if (triple.Object.Value.IndexOf('\uFFFD') >= 0)
        {
            _diagnostics.Add(Descriptors.InvalidEncoding.At(At(triple.ObjectAt), "The value that starts here holds U+FFFD, the character that stands for bytes that were not valid UTF-8 when it was read"));
        }
    }

    private void Unexpected(RdfTriple triple, string what) =>
        Report(triple.ObjectAt, $"'{triple.Predicate.Value}' is not a property of {what} that KnowledgeGraph reads (see \"RDF and OWL\" in the README)");

    private void Report(RdfPosition at, string message) => _diagnostics.Add(Descriptors.RdfOutsideOntology.At(At(at), message));

    private SourceSpan At(RdfPosition position) => new(_path, 0, 0, position.Line, position.Column, position.Line, position.Column);

    /// <summary>The time triples of an event or statement, as a YAML <c>date</c>, or <c>start</c> and <c>end</c>.</summary>
    private sealed class TimeParts
    {
        public Located? Date { get; private set; }

        public Located? Start { get; private set; }

        public Located? End { get; set; }

        public bool Take(RdfTriple triple, RdfDataFile file)
        {
            var predicate = triple.Predicate.Value;
            if (predicate == TimeTriples.TimeStamp.Value)
            {
                Date = file.Value(triple);
            }
            else if (predicate == TimeTriples.Begin.Value)
            {
                Start = file.Value(triple);
            }
            else if (predicate == TimeTriples.End.Value)
            {
                End = file.Value(triple);
            }
            else
            {
                return false;
            }

            return true;
        }

        public TimeSyntax? Syntax(SourceSpan at) => Date is null && Start is null && End is null ? null : new TimeSyntax(Date, Start, End, at);
    }
}
