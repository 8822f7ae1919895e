using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>Reified facts (<c>rdf:Statement</c>) and omitted passages of an RDF file.</summary>
internal sealed partial class RdfDataFile
{
    /// <summary>
    /// A reified fact. One that an event implies is read back only for the sources it has beyond the event's own (a
    /// statement merged into it); the graph implies the rest again. The end that an ending event gave it is left out.
    /// </summary>
    /// <param name="triples">The statement's triples.</param>
    private FactSyntax? Fact(List<RdfTriple> triples)
    {
        CheckSingleValued(triples);
        RdfTriple? subject = null, predicate = null, @object = null;
        RdfTriple? impliedBy = null;
        var endedBy = false;
        var time = new TimeParts();
        var sources = new List<SourceSyntax>();
        foreach (var triple in triples)
        {
            switch (triple.Predicate.Value)
            {
                case RdfVocabulary.RdfSubject:
                    subject = triple;
                    break;
                case RdfVocabulary.RdfPredicate:
                    predicate = triple;
                    break;
                case RdfVocabulary.RdfObject:
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
            var missing = new[] { (subject, "rdf:subject"), (predicate, "rdf:predicate"), (@object, "rdf:object") }.Where(m => m.Item1 is null).Select(m => m.Item2);
            Report(triples[0].SubjectAt, Descriptors.Rdf.StatementIncomplete, string.Join(" or ", missing));
            return null;
        }

        if (s.Object.IsBlankNode || !_subjects.States(s.Object, p.Object, o.Object))
        {
            // RDF reification describes a triple without stating it: a statement alone is no fact. The triple it
            // describes may be one the file states but this reading refuses: that is not a second error.
            Report(triples[0].SubjectAt, Descriptors.Rdf.StatementNotAsserted, s.Object, p.Object, o.Object);
            return null;
        }

        if (impliedBy is { } cause && !IsEvent(cause.Object) && !HasRefusedType(cause.Object))
        {
            Report(cause.ObjectAt, Descriptors.Rdf.ImpliedByNoEvent, cause.Object);
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

        var fact = new FactSyntax(factSubject, relation, factObject, time.Syntax(At(s.ObjectAt), this, "This rdf:Statement"), sources.ToEquatableArray(), At(triples[0].SubjectAt));
        return IsKnown(fact, endedBy) ? null : fact;
    }

    /// <summary>
    /// Whether the builder holds this fact already, at the same time and with every source the statement gives (an export
    /// of a whole graph states each of its facts again): it adds nothing, and is not added again to be merged at
    /// <c>Build()</c>, which would count it as loaded. The end an ending event gave a fact is not compared: it is the
    /// event's, not the statement's.
    /// </summary>
    private bool IsKnown(FactSyntax fact, bool endedBy)
    {
        if (fact.Subject is not { } subject || fact.Relation is not { } relation || fact.Object is not { } @object
            || _table.FindInstance(subject.Text) is null || _table.FindInstance(@object.Text) is null)
        {
            return false;
        }

        foreach (var known in _known.Facts(subject.Text, relation.Text, @object.Text))
        {
            // An entity's key is written as a bare triple; a statement of it says more (that it was stated, a time, a
            // source), unless it only carries the end an ending event gave it.
            if (known.Origin == FactOrigin.EntityKey && !(endedBy && fact.Time is null && fact.Sources.IsEmpty))
            {
                continue;
            }

            if (SameTime(known, fact.Time, endedBy)
                && fact.Sources.All(s => known.Sources.Any(k => k.Document.Id == s.Document?.Text && k.Quote == s.Quote?.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a known fact's time is written as the statement's (the same literals), leaving out its end when an event gave it.</summary>
    private static bool SameTime(Fact known, TimeSyntax? time, bool endedBy)
    {
        var said = new HashSet<(string, string)>();
        if (time?.Date is { } date)
        {
            said.Add((TimeTriples.TimeStamp.Value, date.Text));
        }

        if (time?.Start is { } start)
        {
            said.Add((TimeTriples.Begin.Value, start.Text));
        }

        if (time?.End is { } end)
        {
            said.Add((TimeTriples.End.Value, end.Text));
        }

        var written = new HashSet<(string, string)>();
        foreach (var triple in TimeTriples.Of(RdfTerm.Blank("known"), known.Time))
        {
            var predicate = triple.Predicate.Value;
            if (predicate == TimeTriples.TimeStamp.Value || predicate == TimeTriples.Begin.Value || (predicate == TimeTriples.End.Value && !endedBy))
            {
                written.Add((predicate, triple.Object.Value));
            }
        }

        return said.SetEquals(written);
    }

    /// <summary>Whether the file gives <paramref name="term"/> a type that its reading refuses (reported there, not again here).</summary>
    private bool HasRefusedType(RdfTerm term) =>
        term.IsIri && _names.TryEntity(term.Value, out var id) && _table.FindInstance(id) is null && DeclaredTypeOf(term) is null
        && Types(_subjects.Of(term)).Count > 0;

    /// <summary>The (document, quote) pairs of the event that implies a fact: the fact carries them as its own.</summary>
    private HashSet<(string, string)> CauseSources(RdfTerm cause)
    {
        if (_causeSources.TryGetValue(cause, out var known))
        {
            return known;
        }

        known = new HashSet<(string, string)>();
        _causeSources[cause] = known;
        if (!_names.TryEntity(cause.Value, out var id))
        {
            return known;
        }

        if (DeclaredTypeOf(cause) is not null)
        {
            // Declared by this file: its sources are its own triples.
            foreach (var derivedFrom in _subjects.Of(cause, DerivedFrom))
            {
                if (PassageOf(derivedFrom.Object) is { } passage)
                {
                    known.Add((passage.Document.Text, passage.Quote.Text));
                }
            }
        }
        else
        {
            foreach (var source in _known.Find(id)?.Sources ?? Array.Empty<SourceRef>())
            {
                known.Add((source.Document.Id, source.Quote));
            }
        }

        return known;
    }

    /// <summary>
    /// Whether the graph holds this omitted passage already (an export of a whole graph states it again); its reason and
    /// note must then be the graph's, else it is KG0033, as a changed value of a known entity is.
    /// </summary>
    private bool IsKnown(OmissionSyntax omission)
    {
        if (omission.Document is not { } document || omission.Quote is not { } quote || _known.FindOmissions(document.Text, quote.Text) is not { } known)
        {
            return false;
        }

        if (!known.Any(k => string.Equals(omission.Reason?.Text, k.Reason.ToString(), StringComparison.OrdinalIgnoreCase) && omission.Note == k.Note))
        {
            Report(omission.Span, Descriptors.Rdf.KnownOmissionDiffers, quote.Text, document.Text, known[0].Reason.ToString().ToLowerInvariant(), known[0].Note ?? "none");
        }

        return true;
    }

    private OmissionSyntax Omission(List<RdfTriple> triples)
    {
        CheckSingleValued(triples);
        Located? reason = null;
        string? note = null;
        SourceSyntax? passage = null;
        var passages = 0;
        RdfTriple? secondPassage = null;
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
                // An omitted passage is one passage: a second would be lost without a word.
                if (++passages == 2)
                {
                    secondPassage = triple;
                }

                passage = Source(triple).FirstOrDefault();
            }
            else if (triple.Predicate.Value != Type)
            {
                Unexpected(triple, "an omitted passage");
            }
        }

        if (secondPassage is { } second)
        {
            Report(second.ObjectAt, Descriptors.TooManyValues, DerivedFrom, passages);
        }

        return new OmissionSyntax(passage?.Document, passage?.Quote, reason, note, At(triples[0].SubjectAt));
    }
}
