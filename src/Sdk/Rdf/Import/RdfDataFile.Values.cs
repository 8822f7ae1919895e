using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>Values as a data file holds them: entities by IRI, enum members, literals of fitting datatypes; and where they stand.</summary>
internal sealed partial class RdfDataFile
{
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

        if (triple.Object.IsLiteral)
        {
            Report(triple.ObjectAt, Descriptors.Rdf.EntityNotLiteral, what, _names.Ids + RdfNames.Encode(triple.Object.Value), triple.Object);
        }
        else
        {
            Report(triple.ObjectAt, Descriptors.Rdf.EntityNotBlankNode, what, _names.Ids);
        }
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
                Report(triple.ObjectAt, Descriptors.Rdf.EnumMemberOfAnotherIri, what, member.Type.Name, _names.EnumMember(member.Type.Name, "..."), triple.Object.Value);
                return null;
            }

            Report(triple.ObjectAt, Descriptors.Rdf.EnumMemberNotLiteral, what, member.Type.Name, _names.EnumMember(member.Type.Name, triple.Object.Value), triple.Object);
            return null;
        }

        if (triple.Object.IsIri && member.Type.Scalar == ScalarType.Uri)
        {
            return new Located(triple.Object.Value, At(triple.ObjectAt)); // the IRI itself, whatever it names
        }

        if (!triple.Object.IsLiteral || !Datatypes.Fits(member.Type.Scalar, triple.Object))
        {
            Report(triple.ObjectAt, Descriptors.Rdf.WrongLiteral, what, Datatypes.Describe(member.Type.Scalar), triple.Object);
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
            Report(triple.ObjectAt, Descriptors.Rdf.LiteralNeeded, triple.Predicate.Value, triple.Object.IsIri ? "the IRI " + triple.Object.Value : "a blank node");
        }

        return new Located(triple.Object.Value, At(triple.ObjectAt));
    }

    private string Text(RdfTriple triple) => Value(triple).Text;

    /// <summary>A time of an event or statement: a literal of the date type its text's form has (as a date property).</summary>
    private Located Time(RdfTriple triple)
    {
        if (triple.Object.IsLiteral && !Datatypes.Fits(ScalarType.Date, triple.Object))
        {
            Report(triple.ObjectAt, Descriptors.Rdf.WrongLiteral, $"'{triple.Predicate.Value}'", Datatypes.Describe(ScalarType.Date), triple.Object);
        }

        return Value(triple);
    }

    /// <summary>
    /// KG0013 at the second and later values of a predicate a subject states at most once (a name, a doc, a time, a
    /// document's path, a statement's subject ...): only one could be kept, and the others would be lost without a word.
    /// </summary>
    private void CheckSingleValued(List<RdfTriple> triples)
    {
        // Counted in one pass, then reported once per predicate, at its second value: a subject with a million labels
        // costs a million steps and one error, not a million errors. Few predicates are single-valued, so a short list
        // (reused from subject to subject) holds the counts.
        var counts = _singleValuedCounts;
        counts.Clear();
        for (var i = 0; i < triples.Count; i++)
        {
            var predicate = triples[i].Predicate.Value;
            if (!IsSingleValued(predicate))
            {
                continue;
            }

            var at = counts.Count - 1;
            while (at >= 0 && !ReferenceEquals(counts[at].Predicate, predicate) && counts[at].Predicate != predicate)
            {
                at--;
            }

            if (at < 0)
            {
                counts.Add((predicate, 1, -1));
            }
            else
            {
                var (_, count, second) = counts[at];
                counts[at] = (predicate, count + 1, count == 1 ? i : second);
            }
        }

        foreach (var (predicate, count, second) in counts)
        {
            if (count > 1)
            {
                Report(triples[second].ObjectAt, Descriptors.TooManyValues, predicate, count);
            }
        }
    }

    private static bool IsSingleValued(string predicate) =>
        predicate == Label || predicate == Comment || predicate == DocumentPath || predicate == Reason || predicate == ImpliedBy
        || predicate == TimeTriples.TimeStamp.Value || predicate == TimeTriples.Begin.Value || predicate == TimeTriples.End.Value
        || predicate is RdfVocabulary.DcTerms + "title" or RdfVocabulary.DcTerms + "issued"
            or RdfVocabulary.RdfSubject or RdfVocabulary.RdfPredicate or RdfVocabulary.RdfObject;

    /// <summary>KG0031 for U+FFFD, which stands for bytes that were not UTF-8 when the file was read (as in YAML files).</summary>
    private void CheckEncoding(RdfTriple triple)
    {
        if (triple.Object.Value.IndexOf('\uFFFD') >= 0)
        {
            Report(triple.ObjectAt, Descriptors.Rdf.InvalidValueEncoding);
        }
    }

    private void Unexpected(RdfTriple triple, string what) =>
        Report(triple.PredicateAt, Descriptors.Rdf.UnreadProperty, triple.Predicate.Value, what);

    private void Report(RdfPosition at, KgDiagnosticDescriptor descriptor, params object?[] arguments) => Report(At(at), descriptor, arguments);

    private void Report(SourceSpan at, KgDiagnosticDescriptor descriptor, params object?[] arguments) => _diagnostics.Add(descriptor.At(at, arguments));

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
                Date = file.Time(triple);
            }
            else if (predicate == TimeTriples.Begin.Value)
            {
                Start = file.Time(triple);
            }
            else if (predicate == TimeTriples.End.Value)
            {
                End = file.Time(triple);
            }
            else
            {
                return false;
            }

            return true;
        }

        /// <summary>
        /// The time as a data file holds it; a date beside a start or an end is KG0041 at the date, as in YAML: one of them
        /// would be lost without a word.
        /// </summary>
        public TimeSyntax? Syntax(SourceSpan at, RdfDataFile file, string what)
        {
            if (Date is { } date && (Start is not null || End is not null))
            {
                file.Report(date.Span, DateAndInterval, what);
            }

            return Date is null && Start is null && End is null ? null : new TimeSyntax(Date, Start, End, at);
        }

        private static readonly KgDiagnosticDescriptor DateAndInterval = Descriptors.DateAndInterval.Worded(
            "{0} has both sem:hasTimeStamp and sem:hasBeginTimeStamp or sem:hasEndTimeStamp; give either one date or an interval");
    }
}
