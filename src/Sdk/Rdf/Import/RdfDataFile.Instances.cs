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

/// <summary>Entities, events and documents of an RDF file, and the relation triples of their subjects; known ones checked against the graph.</summary>
internal sealed partial class RdfDataFile
{
    /// <summary>
    /// An entity or event the graph holds already may be described again (an export of a whole graph is), but only as
    /// the graph has it: a value it does not have is an error, as declaring it twice in YAML is.
    /// </summary>
    private void CheckKnown(string id, List<RdfTriple> triples)
    {
        if (_known.Find(id) is not { } entity)
        {
            if (triples.Any(t => !IsRelation(t.Predicate.Value)))
            {
                Report(triples[0].SubjectAt, Descriptors.Rdf.CompiledNotInBuilder, id);
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
                    Report(triple.ObjectAt, Descriptors.Rdf.KnownWithoutSource, id, quote.Text, document.Text);
                }

                continue;
            }

            if (!IsRelation(triple.Predicate.Value) && !expected.Contains((triple.Predicate.Value, triple.Object)))
            {
                Report(triple.ObjectAt, Descriptors.Rdf.KnownWithoutTriple, id, triple.Predicate.Value, triple.Object);
            }
        }
    }


    /// <summary>A document the graph holds already may be described again, but only as the graph has it.</summary>
    private void CheckKnownDocument(string id, List<RdfTriple> triples)
    {
        if (_known.DescribeDocument(id) is not { } described)
        {
            Report(triples[0].SubjectAt, Descriptors.Rdf.CompiledNotInBuilder, id);
            return;
        }

        var expected = new HashSet<(string, RdfTerm)>(described.Select(t => (t.Predicate.Value, t.Object)));
        foreach (var triple in triples.Where(t => !expected.Contains((t.Predicate.Value, t.Object))))
        {
            Report(triple.ObjectAt, Descriptors.Rdf.KnownWithoutTriple, id, triple.Predicate.Value, triple.Object);
        }
    }

    private DocumentSyntax Document(string id, List<RdfTriple> triples)
    {
        CheckSingleValued(triples);
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

    /// <summary>
    /// The schema type an entity or event is declared with: exactly one <c>rdf:type</c>, of the ontology; else null,
    /// reported when <paramref name="report"/> says (when its subject is read; not when another subject asks).
    /// </summary>
    private string? DeclaredType(string id, List<RdfTriple> types, bool report)
    {
        if (types.Count > 1)
        {
            if (!report)
            {
                return null;
            }

            Report(types[1].ObjectAt, Descriptors.Rdf.SeveralTypes, id, types.Count, string.Join(", ", types.Select(t => t.Object.Value)));
            return null;
        }

        if (!types[0].Object.IsIri || !_names.TrySchema(types[0].Object.Value, out var typeName, out var member) || member is not null)
        {
            if (!report)
            {
                return null;
            }

            Report(types[0].ObjectAt, Descriptors.Rdf.TypeOutsideOntology, id, types[0].Object.Value, _names.Schema);
            return null;
        }

        // The table's own string: one per type, not one per instance.
        return _table.FindType(typeName)?.Name ?? typeName;
    }

    /// <summary>
    /// The syntax of an entity or event of <paramref name="typeName"/>, with <paramref name="keys"/>: its relation
    /// triples that no statement describes (its relation triples are skipped here).
    /// </summary>
    private InstanceSyntax Instance(string id, string typeName, RdfTriple typeTriple, List<RdfTriple> triples, List<EntrySyntax> keys)
    {
        CheckSingleValued(triples);
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
                    Report(triple.PredicateAt, Descriptors.Rdf.MemberOfAnotherIri, key, typeName, _names.Member(declared.DeclaringType, key), predicate);
                    _refused.Add((At(triples[0].SubjectAt), key));
                }
                else if (MemberValue(triple, typeName, key) is { } value)
                {
                    entries.Add((new Located(key, At(triple.ObjectAt)), value));
                }
                else
                {
                    _refused.Add((At(triples[0].SubjectAt), key));
                }
            }
            else if (_names.TrySchema(predicate, out var bare, out _) && Member(typeName, bare) is { } member && !IsRelation(predicate))
            {
                // A member's IRI is its type's (ont:Settlement.population): one name, one IRI.
                Report(triple.PredicateAt, Descriptors.Rdf.MemberOfAnotherIri, bare, typeName, _names.Member(member.DeclaringType, bare), predicate);
                _refused.Add((At(triples[0].SubjectAt), bare));
            }
            else if (_names.TrySchema(predicate, out var name, out _) && !IsRelation(predicate) && _table.FindType(name) is null && _table.FindEnum(name) is null)
            {
                // An ontology IRI that names nothing: a misspelt relation, most likely. Read as a key, it gets the
                // binder's "unknown key ... did you mean", as in YAML.
                entries.Add((new Located(name, At(triple.PredicateAt)), Reference(triple)));
            }
            else if (!IsRelation(predicate))
            {
                Unexpected(triple, $"'{id}'");
            }
        }

        var grouped = entries.GroupBy(e => e.Key.Text, StringComparer.Ordinal).Select(g =>
        {
            var values = g.Select(e => e.Value).ToEquatableArray();
            // YAML writes a list's values as one list, even a single value.
            var isList = values.Count > 1 || (Member(typeName, g.Key) is { } declared && declared.Cardinality.IsMany());
            return new EntrySyntax(g.First().Key, values, isList, g.First().Value.Span);
        });

        // Several values of one relation become one list, as YAML writes them.
        var relations = keys.GroupBy(e => e.Key.Text, StringComparer.Ordinal)
            .Select(g => new EntrySyntax(g.First().Key, g.SelectMany(e => e.Values).ToEquatableArray(), g.Count() > 1, g.First().ValueSpan));
        return new InstanceSyntax(
            new Located(id, At(triples[0].SubjectAt)), new Located(typeName, At(typeTriple.ObjectAt)), displayName, aliases.ToEquatableArray(), doc,
            time.Syntax(At(triples[0].SubjectAt), this, $"'{id}'"), sources.ToEquatableArray(), grouped.Concat(relations).ToEquatableArray());
    }

    /// <summary>Whether <paramref name="term"/> names an event this file declares or the builder holds.</summary>
    private bool IsEvent(RdfTerm term) =>
        term.IsIri && _names.TryEntity(term.Value, out var id)
        && ((DeclaredTypeOf(term) is { } type && IsEventType(type)) || _known.Find(id) is Event);

    /// <summary>
    /// The type this file declares <paramref name="term"/> with, worked out once: when its subject is read, or when
    /// another subject asks first (a statement asks of the event that implies its fact, whose triples the reading plan
    /// keeps until then).
    /// </summary>
    private string? DeclaredTypeOf(RdfTerm term)
    {
        if (!term.IsIri || !_subjects.Names(term))
        {
            return null;
        }

        ref var notes = ref _subjects.Notes(term);
        if (!notes.TypeRead)
        {
            notes.TypeRead = true;
            notes.DeclaredType = !_names.TryDocument(term.Value, out _) && _names.TryEntity(term.Value, out var id) && _table.FindInstance(id) is null
                && Types(_subjects.Of(term)) is { Count: > 0 } types
                ? DeclaredType(id, types, report: false)
                : null;
        }

        return notes.DeclaredType;
    }

    private bool IsEventType(string typeName) => _table.FindType(typeName) is { Kind: BaseKind.Event };

    private bool IsRelation(string predicate) =>
        _names.TrySchema(predicate, out var name, out var member) && member is null && _table.FindRelationName(name) is not null;

    /// <summary>A subject this file does not declare may only be related to others: anything else about it is KG0033.</summary>
    private void CheckRelationsOnly(List<RdfTriple> triples)
    {
        foreach (var triple in triples.Where(t => !IsRelation(t.Predicate.Value)))
        {
            Report(triple.SubjectAt, Descriptors.Rdf.Untyped, triple.Subject.Value, triple.Predicate.Value);
        }
    }

    /// <summary>
    /// A relation triple without a statement: one of <paramref name="keys"/> when this file declares its subject (as an
    /// entity's key in YAML), else a fact. A relation named as a member of the subject's type is a fact too: as a key it
    /// would be read as the member (<c>ont:holds</c> is the relation, <c>ont:Army.holds</c> the member).
    /// </summary>
    private void AddRelationTriple(RdfTriple triple, string? typeName, List<EntrySyntax>? keys, CompactItems items)
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

        if (keys is not null && (typeName is null || Member(typeName, name) is null))
        {
            keys.Add(new EntrySyntax(relation, new[] { target }.ToEquatableArray(), false, At(triple.ObjectAt)));
            return;
        }

        items.AddFact(new FactSyntax(new Located(_names.TryEntity(triple.Subject.Value, out var id) ? id : triple.Subject.Value, At(triple.SubjectAt)), relation, target, null, default, At(triple.SubjectAt)));
    }
}
