using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A graph as triples, made one subject at a time (nothing is held but the names of the schema):
/// <list type="bullet">
/// <item>documents (<c>kg:Document</c>, title, date, path);</item>
/// <item>entities and events: type, <c>rdfs:label</c>, <c>skos:altLabel</c>, <c>rdfs:comment</c>, property values as
/// typed literals, enum members or entities, event roles, time and sources;</item>
/// <item>facts: the triple itself, and when the fact has a time, sources or a cause, an <c>rdf:Statement</c> that
/// reifies it (which raptor, rasqal and Virtuoso all read) with those;</item>
/// <item>omitted passages (<c>kg:Omission</c>).</item>
/// </list>
/// </summary>
internal sealed class GraphTriples
{
    private static readonly RdfTerm Type = RdfTerm.Iri(RdfVocabulary.RdfType);
    private static readonly RdfTerm Label = RdfTerm.Iri(RdfVocabulary.Rdfs + "label");
    private static readonly RdfTerm Comment = RdfTerm.Iri(RdfVocabulary.Rdfs + "comment");
    private static readonly RdfTerm AltLabel = RdfTerm.Iri(RdfVocabulary.Skos + "altLabel");
    private static readonly RdfTerm Statement = RdfTerm.Iri(RdfVocabulary.RdfStatement);
    private static readonly RdfTerm StatementSubject = RdfTerm.Iri(RdfVocabulary.RdfSubject);
    private static readonly RdfTerm StatementPredicate = RdfTerm.Iri(RdfVocabulary.RdfPredicate);
    private static readonly RdfTerm StatementObject = RdfTerm.Iri(RdfVocabulary.RdfObject);
    private static readonly RdfTerm Title = RdfTerm.Iri(RdfVocabulary.DcTerms + "title");
    private static readonly RdfTerm Issued = RdfTerm.Iri(RdfVocabulary.DcTerms + "issued");

    private readonly SymbolTable _table;
    private readonly RdfNames _names;
    private SourceTriples _sources;
    private readonly Dictionary<string, Dictionary<string, MemberModel>> _members = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enumMembers = new(System.StringComparer.Ordinal);
    private readonly List<RdfTriple> _pending = new();
    private int _statements;

    public GraphTriples(SymbolTable table, RdfNames names)
    {
        _table = table;
        _names = names;
        _sources = new SourceTriples(names);
        foreach (var @enum in table.Enums)
        {
            foreach (var member in @enum.Members)
            {
                _enumMembers[@enum.Name + "." + member.ClrName.TrimStart('@')] = member.Name;
            }
        }
    }

    public IEnumerable<RdfTriple> Of(Graph graph)
    {
        // Each enumeration numbers its blank nodes from 1 again: the same graph gives the same text every time.
        _sources = new SourceTriples(_names);
        _statements = 0;
        foreach (var document in graph.Documents)
        {
            foreach (var triple in Describe(document))
            {
                yield return triple;
            }
        }

        // Each entity with the facts it is the subject of, so that a reader meets all of a subject's triples together
        // and can let them go once they have passed (an import reads a file written so in little memory).
        foreach (var entity in graph.Entities)
        {
            foreach (var triple in Describe(entity))
            {
                yield return triple;
            }

            foreach (var fact in graph.OutFacts(entity))
            {
                if (fact.Origin == FactOrigin.Role)
                {
                    continue;
                }

                foreach (var triple in Describe(fact))
                {
                    yield return triple;
                }
            }
        }

        var omissions = 0;
        foreach (var omission in graph.Omissions)
        {
            foreach (var triple in Describe(omission, ++omissions))
            {
                yield return triple;
            }
        }
    }

    /// <summary>The triples of one document, as <see cref="Of"/> writes them.</summary>
    public List<RdfTriple> Describe(DocumentInfo document)
    {
        _pending.Clear();
        var node = RdfTerm.Iri(_names.Document(document.Id));
        _pending.Add(new RdfTriple(node, Type, RdfTerm.Iri(RdfNames.Term("Document"))));
        if (document.Title is { } title)
        {
            _pending.Add(new RdfTriple(node, Title, RdfTerm.Literal(title)));
        }

        if (document.Published is { } published)
        {
            _pending.Add(new RdfTriple(node, Issued, RdfLiterals.Of(published)));
        }

        _pending.Add(new RdfTriple(node, RdfTerm.Iri(RdfNames.Term("path")), RdfTerm.Literal(document.Path)));
        return _pending;
    }

    /// <summary>The triples of one entity or event (its sources' nodes included), as <see cref="Of"/> writes them.</summary>
    public List<RdfTriple> Describe(Entity entity)
    {
        _pending.Clear();
        var node = RdfTerm.Iri(_names.Entity(entity.Id));
        var members = Members(entity.TypeName);
        _pending.Add(new RdfTriple(node, Type, RdfTerm.Iri(_names.Type(entity.TypeName))));
        _pending.Add(new RdfTriple(node, Label, RdfTerm.Literal(entity.Name)));
        foreach (var alias in entity.Aliases)
        {
            _pending.Add(new RdfTriple(node, AltLabel, RdfTerm.Literal(alias)));
        }

        if (entity.Doc is { } doc)
        {
            _pending.Add(new RdfTriple(node, Comment, RdfTerm.Literal(doc)));
        }

        foreach (var value in entity.PropertyValues)
        {
            if (members.TryGetValue(value.Property, out var member))
            {
                _pending.Add(new RdfTriple(node, RdfTerm.Iri(_names.Member(member.DeclaringType, member.Name)), Value(member, value.Value)));
            }
        }

        if (entity is Event @event)
        {
            foreach (var role in @event.Roles)
            {
                if (members.TryGetValue(role.Role, out var member))
                {
                    _pending.Add(new RdfTriple(node, RdfTerm.Iri(_names.Member(member.DeclaringType, member.Name)), RdfTerm.Iri(_names.Entity(role.Participant.Id))));
                }
            }

            _pending.AddRange(TimeTriples.Of(node, @event.Time));
        }

        AddSources(node, entity.Sources);
        return _pending;
    }

    private List<RdfTriple> Describe(Fact fact)
    {
        _pending.Clear();
        var subject = RdfTerm.Iri(_names.Entity(fact.SubjectEntity.Id));
        var predicate = RdfTerm.Iri(_names.Relation(fact.Relation.Name));
        var @object = RdfTerm.Iri(_names.Entity(fact.ObjectEntity.Id));
        _pending.Add(new RdfTriple(subject, predicate, @object));
        var details = fact.Details;
        if (fact.Origin == FactOrigin.EntityKey && details.Time is null && details.SourceList.Count == 0 && details.ImpliedBy is null && details.EndedBy is null)
        {
            return _pending; // an entity's key: the triple says it all
        }

        var node = RdfTerm.Blank("f" + ++_statements);
        _pending.Add(new RdfTriple(node, Type, Statement));
        _pending.Add(new RdfTriple(node, StatementSubject, subject));
        _pending.Add(new RdfTriple(node, StatementPredicate, predicate));
        _pending.Add(new RdfTriple(node, StatementObject, @object));
        _pending.AddRange(TimeTriples.Of(node, details.Time));
        if (details.ImpliedBy is { } cause)
        {
            _pending.Add(new RdfTriple(node, RdfTerm.Iri(RdfNames.Term("impliedBy")), RdfTerm.Iri(_names.Entity(cause.Id))));
        }

        if (details.EndedBy is { } end)
        {
            _pending.Add(new RdfTriple(node, RdfTerm.Iri(RdfNames.Term("endedBy")), RdfTerm.Iri(_names.Entity(end.Id))));
        }

        AddSources(node, details.SourceList);
        return _pending;
    }

    private List<RdfTriple> Describe(Omission omission, int number)
    {
        _pending.Clear();
        var node = RdfTerm.Blank("o" + number);
        _pending.Add(new RdfTriple(node, Type, RdfTerm.Iri(RdfNames.Term("Omission"))));
        _pending.Add(new RdfTriple(node, RdfTerm.Iri(RdfNames.Term("reason")), RdfTerm.Literal(omission.Reason.ToString().ToLowerInvariant())));
        if (omission.Note is { } note)
        {
            _pending.Add(new RdfTriple(node, Comment, RdfTerm.Literal(note)));
        }

        AddSources(node, new[] { omission.Passage });
        return _pending;
    }

    private void AddSources(RdfTerm node, IReadOnlyList<SourceRef> sources)
    {
        foreach (var source in sources)
        {
            var at = _pending.Count;
            _pending.Add(default);
            _pending[at] = new RdfTriple(node, SourceTriples.DerivedFrom, _sources.Describe(source, _pending));
        }
    }

    private RdfTerm Value(MemberModel member, object value) => member.Type.Kind switch
    {
        ValueKind.Entity => RdfTerm.Iri(_names.Entity(((IEntity)value) is Entity entity ? entity.Id : value.ToString()!)),
        ValueKind.Enum => RdfTerm.Iri(_names.EnumMember(member.Type.Name,
            _enumMembers.TryGetValue(member.Type.Name + "." + value, out var name) ? name : value.ToString()!)),
        _ => RdfLiterals.Of(member.Type.Scalar, value),
    };

    private Dictionary<string, MemberModel> Members(string typeName)
    {
        if (!_members.TryGetValue(typeName, out var members))
        {
            members = new Dictionary<string, MemberModel>(System.StringComparer.Ordinal);
            if (_table.FindType(typeName) is { } type)
            {
                foreach (var member in _table.AllMembers(type))
                {
                    members[member.Name] = member;
                }
            }

            _members[typeName] = members;
        }

        return members;
    }
}
