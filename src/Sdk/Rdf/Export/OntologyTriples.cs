using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The ontology in OWL: a class per type (<c>is</c> and mixins as <c>rdfs:subClassOf</c>; the core kinds under the Simple
/// Event Model's <c>sem:Actor</c>, <c>sem:Place</c>, <c>sem:Event</c>), a property per type member (a datatype property
/// for scalars, an object property for enums and entities; roles as sub-properties of <c>sem:hasActor</c> or
/// <c>sem:hasPlace</c>) with its cardinality as a restriction, an object property per relation (inverse, transitive),
/// and an enum as a class of its named members (<c>owl:oneOf</c>). Labels are the ontology's names; docs are
/// <c>skos:definition</c>. Output follows the declarations in name order, so the same ontology gives the same text.
/// </summary>
internal sealed class OntologyTriples
{
    private static readonly RdfTerm Type = Iri(RdfVocabulary.RdfType);
    private static readonly RdfTerm Label = Iri(RdfVocabulary.Rdfs + "label");
    private static readonly RdfTerm Comment = Iri(RdfVocabulary.Rdfs + "comment");
    private static readonly RdfTerm Definition = Iri(RdfVocabulary.Skos + "definition");
    private static readonly RdfTerm SubClassOf = Iri(RdfVocabulary.Rdfs + "subClassOf");
    private static readonly RdfTerm SubPropertyOf = Iri(RdfVocabulary.Rdfs + "subPropertyOf");
    private static readonly RdfTerm Domain = Iri(RdfVocabulary.Rdfs + "domain");
    private static readonly RdfTerm Range = Iri(RdfVocabulary.Rdfs + "range");
    private static readonly RdfTerm OwlClass = Iri(RdfVocabulary.Owl + "Class");
    private static readonly RdfTerm ObjectProperty = Iri(RdfVocabulary.Owl + "ObjectProperty");
    private static readonly RdfTerm DatatypeProperty = Iri(RdfVocabulary.Owl + "DatatypeProperty");
    private static readonly RdfTerm AnnotationProperty = Iri(RdfVocabulary.Owl + "AnnotationProperty");
    private static readonly RdfTerm TransitiveProperty = Iri(RdfVocabulary.Owl + "TransitiveProperty");
    private static readonly RdfTerm NamedIndividual = Iri(RdfVocabulary.Owl + "NamedIndividual");
    private static readonly RdfTerm RestrictionClass = Iri(RdfVocabulary.Owl + "Restriction");
    private static readonly RdfTerm OnProperty = Iri(RdfVocabulary.Owl + "onProperty");
    private static readonly RdfTerm InverseOf = Iri(RdfVocabulary.Owl + "inverseOf");
    private static readonly RdfTerm OneOf = Iri(RdfVocabulary.Owl + "oneOf");
    private static readonly RdfTerm Thing = Iri(RdfVocabulary.Owl + "Thing");

    private readonly SymbolTable _table;
    private readonly RdfNames _names;
    private int _blank;

    public OntologyTriples(SymbolTable table, RdfNames names)
    {
        _table = table;
        _names = names;
    }

    public IEnumerable<RdfTriple> Of()
    {
        var ontology = Iri(_names.Schema);
        yield return new RdfTriple(ontology, Type, Iri(RdfVocabulary.Owl + "Ontology"));
        yield return new RdfTriple(ontology, Comment, RdfTerm.Literal("Written by KnowledgeGraph from the *.kg.yaml files of the ontology."));
        foreach (var triple in Vocabulary())
        {
            yield return triple;
        }

        foreach (var type in _table.Types.Where(t => !t.IsBuiltIn).OrderBy(t => t.Name, System.StringComparer.Ordinal))
        {
            foreach (var triple in Describe(type))
            {
                yield return triple;
            }
        }

        foreach (var relation in _table.Relations.OrderBy(r => r.Name, System.StringComparer.Ordinal))
        {
            foreach (var triple in Describe(relation))
            {
                yield return triple;
            }
        }

        foreach (var @enum in _table.Enums.OrderBy(e => e.Name, System.StringComparer.Ordinal))
        {
            foreach (var triple in Describe(@enum))
            {
                yield return triple;
            }
        }
    }

    /// <summary>The core kinds and KnowledgeGraph's own terms, declared so that tools that check declarations find them.</summary>
    private static IEnumerable<RdfTriple> Vocabulary()
    {
        foreach (var kind in new[] { "Actor", "Place", "Event" })
        {
            yield return new RdfTriple(Iri(RdfVocabulary.Sem + kind), Type, OwlClass);
        }

        foreach (var property in new[] { "hasActor", "hasPlace" })
        {
            yield return new RdfTriple(Iri(RdfVocabulary.Sem + property), Type, ObjectProperty);
        }

        foreach (var (term, kind, label) in new[]
        {
            ("Document", OwlClass, "a document that statements quote"),
            ("Omission", OwlClass, "a passage of a document left out of the graph on purpose, with the reason"),
            ("path", DatatypeProperty, "where the document's text is, relative to the file that names it"),
            ("reason", DatatypeProperty, "why a passage was left out"),
            ("impliedBy", ObjectProperty, "the event whose type implies the fact"),
            ("endedBy", ObjectProperty, "the event that ended a lasting fact"),
            ("lasting", AnnotationProperty, "a relation whose facts hold until an event ends them"),
            ("abstract", AnnotationProperty, "a type that entities and events have only through its subtypes"),
            ("default", AnnotationProperty, "the value a property has when an entity or event gives none"),
        })
        {
            var node = Iri(RdfNames.Term(term));
            yield return new RdfTriple(node, Type, kind);
            yield return new RdfTriple(node, Comment, RdfTerm.Literal(label));
        }
    }

    private IEnumerable<RdfTriple> Describe(TypeEntry type)
    {
        var node = Iri(_names.Type(type.Name));
        yield return new RdfTriple(node, Type, OwlClass);
        yield return new RdfTriple(node, Label, RdfTerm.Literal(type.Name));
        if (type.Doc is { } doc)
        {
            yield return new RdfTriple(node, Definition, RdfTerm.Literal(doc));
        }

        if (type.IsAbstract)
        {
            yield return new RdfTriple(node, Iri(RdfNames.Term("abstract")), RdfTerm.Literal("true", RdfVocabulary.XsdBoolean));
        }

        yield return new RdfTriple(node, SubClassOf, Class(type.Base ?? type.Kind.ToString()));
        foreach (var mixin in type.Mixins)
        {
            yield return new RdfTriple(node, SubClassOf, Class(mixin));
        }

        // The class's own triples first (its restrictions included), then each restriction, then each member: grouped
        // by subject, as Turtle shows them best.
        var restrictions = new List<RdfTriple>();
        foreach (var member in type.Members)
        {
            if (Restriction(type, member) is not { } restriction)
            {
                continue;
            }

            var blank = RdfTerm.Blank("r" + ++_blank);
            yield return new RdfTriple(node, SubClassOf, blank);
            restrictions.Add(new RdfTriple(blank, Type, RestrictionClass));
            restrictions.Add(new RdfTriple(blank, OnProperty, Iri(_names.Member(type.Name, member.Name))));
            restrictions.Add(new RdfTriple(blank, Iri(RdfVocabulary.Owl + restriction.Kind),
                RdfTerm.Literal(restriction.Count.ToString(CultureInfo.InvariantCulture), RdfVocabulary.Xsd + "nonNegativeInteger")));
        }

        foreach (var triple in restrictions)
        {
            yield return triple;
        }

        foreach (var member in type.Members)
        {
            foreach (var triple in Describe(node, type, member))
            {
                yield return triple;
            }
        }
    }

    /// <summary>The cardinality of a member as an OWL restriction: <c>T</c> exactly one, <c>T?</c> at most one, <c>T+</c> at least one.</summary>
    private static (string Kind, int Count)? Restriction(TypeEntry type, MemberModel member) => member.Cardinality switch
    {
        Cardinality.ExactlyOne => ("cardinality", 1),
        Cardinality.Optional => ("maxCardinality", 1),
        Cardinality.OneOrMore => ("minCardinality", 1),
        _ => null,
    };

    private IEnumerable<RdfTriple> Describe(RdfTerm owner, TypeEntry type, MemberModel member)
    {
        var node = Iri(_names.Member(type.Name, member.Name));
        var scalar = member.Type.Kind == ValueKind.Scalar;
        yield return new RdfTriple(node, Type, scalar ? DatatypeProperty : ObjectProperty);
        yield return new RdfTriple(node, Label, RdfTerm.Literal(member.Name));
        if (member.Doc is { } doc)
        {
            yield return new RdfTriple(node, Definition, RdfTerm.Literal(doc));
        }

        yield return new RdfTriple(node, Domain, owner);
        // A date keeps its precision in the data (xsd:gYear, xsd:gYearMonth, xsd:date, xsd:dateTime): no one datatype is its range.
        yield return new RdfTriple(node, Range, !scalar ? Class(member.Type.Name)
            : member.Type.Scalar == ScalarType.Date ? Iri(RdfVocabulary.Rdfs + "Literal")
            : Iri(RdfLiterals.Datatype(member.Type.Scalar)));
        if (member.DefaultValue is { } value)
        {
            yield return new RdfTriple(node, Iri(RdfNames.Term("default")), Default(member, value));
        }

        if (member.IsRole && _table.FindType(member.Type.Name) is { Kind: BaseKind.Actor or BaseKind.Place } target)
        {
            yield return new RdfTriple(node, SubPropertyOf, Iri(RdfVocabulary.Sem + (target.Kind == BaseKind.Actor ? "hasActor" : "hasPlace")));
        }
    }

    /// <summary>A default as the data would state it: an enum member by its IRI, a date at its precision, any other scalar typed.</summary>
    private RdfTerm Default(MemberModel member, string value) =>
        member.Type.Kind == ValueKind.Enum ? Iri(_names.EnumMember(member.Type.Name, value))
        : member.Type.Scalar == ScalarType.Date && PartialDate.TryParse(value, out var date) ? RdfLiterals.Of(date)
        : RdfTerm.Literal(value, RdfLiterals.Datatype(member.Type.Scalar));

    private IEnumerable<RdfTriple> Describe(RelationModel relation)
    {
        var node = Iri(_names.Relation(relation.Name));
        yield return new RdfTriple(node, Type, ObjectProperty);
        if (relation.Transitive)
        {
            yield return new RdfTriple(node, Type, TransitiveProperty);
        }

        yield return new RdfTriple(node, Label, RdfTerm.Literal(relation.Label));
        if (relation.Doc is { } doc)
        {
            yield return new RdfTriple(node, Definition, RdfTerm.Literal(doc));
        }

        yield return new RdfTriple(node, Domain, Class(relation.From.Name));
        yield return new RdfTriple(node, Range, Class(relation.To.Name));
        if (relation.Lasting)
        {
            yield return new RdfTriple(node, Iri(RdfNames.Term("lasting")), RdfTerm.Literal("true", RdfVocabulary.XsdBoolean));
        }

        if (relation.Inverse is { } inverse)
        {
            var inverseNode = Iri(_names.Relation(inverse));
            yield return new RdfTriple(inverseNode, Type, ObjectProperty);
            yield return new RdfTriple(inverseNode, Label, RdfTerm.Literal(inverse));
            yield return new RdfTriple(inverseNode, InverseOf, node);
        }
    }

    private IEnumerable<RdfTriple> Describe(EnumModel @enum)
    {
        var node = Iri(_names.Type(@enum.Name));
        yield return new RdfTriple(node, Type, OwlClass);
        yield return new RdfTriple(node, Label, RdfTerm.Literal(@enum.Name));
        var members = @enum.Members.Select(m => Iri(_names.EnumMember(@enum.Name, m.Name))).ToList();
        var list = members.Count == 0 ? Iri(RdfVocabulary.RdfNil) : RdfTerm.Blank("l" + (_blank + 1));
        yield return new RdfTriple(node, OneOf, list);
        for (var i = 0; i < members.Count; i++)
        {
            var cell = RdfTerm.Blank("l" + ++_blank);
            var rest = i + 1 < members.Count ? RdfTerm.Blank("l" + (_blank + 1)) : Iri(RdfVocabulary.RdfNil);
            yield return new RdfTriple(cell, Iri(RdfVocabulary.RdfFirst), members[i]);
            yield return new RdfTriple(cell, Iri(RdfVocabulary.RdfRest), rest);
        }

        foreach (var (member, iri) in @enum.Members.Zip(members, (m, i) => (m, i)))
        {
            yield return new RdfTriple(iri, Type, NamedIndividual);
            yield return new RdfTriple(iri, Type, node);
            yield return new RdfTriple(iri, Label, RdfTerm.Literal(member.Name));
        }
    }

    /// <summary>A declared type or enum, or a core kind as the Simple Event Model names it.</summary>
    private RdfTerm Class(string name) => _table.FindType(name) switch
    {
        { IsBuiltIn: true } builtIn => Iri(RdfVocabulary.Sem + builtIn.Name),
        null when _table.FindEnum(name) is null => Thing,
        _ => Iri(_names.Type(name)),
    };

    private static RdfTerm Iri(string iri) => RdfTerm.Iri(iri);
}
