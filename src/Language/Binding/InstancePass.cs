using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Binds the entities and events of one file: their type, the values of their properties and roles, time and sources.</summary>
internal sealed class InstancePass
{
    private readonly FileContext _context;
    private readonly DocumentPass _documents;

    public InstancePass(FileContext context, DocumentPass documents)
    {
        _context = context;
        _documents = documents;
    }

    /// <summary>Facts stated by relation keys of entities and events (<c>partOf: kharkivRegion</c>).</summary>
    public List<KeyFact> KeyFacts { get; } = new();

    /// <summary>Entity-valued properties and roles: which instance names which, and where.</summary>
    public List<Reference> References { get; } = new();

    /// <summary>The ids of the instances handed to <see cref="Run"/>'s callback: those whose type is valid.</summary>
    public HashSet<string> Bound { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Binds the file's entities and events and hands each one whose type is valid to <paramref name="bound"/>, in declaration order.</summary>
    /// <param name="release">Drops each one's syntax from the file once bound (see <see cref="FileItems"/>).</param>
    public void Run(OntologyFileSyntax file, System.Action<InstanceModel> bound, bool release)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var events in new[] { false, true })
        {
            foreach (var instance in FileItems.Instances(file, events, release))
            {
                Run(file, instance, seen, bound);
            }
        }
    }

    private void Run(OntologyFileSyntax file, InstanceSyntax syntax, HashSet<string> seen, System.Action<InstanceModel> bound)
    {
        if (_context.Table.FindInstance(syntax.Name.Text) is not { } entry || entry.File != file.Path || !seen.Add(entry.Id))
        {
            return; // declared twice or not a valid name: reported by the declaration pass
        }

        if (ResolveType(entry, syntax) is { } type)
        {
            Bound.Add(entry.Id);
            bound(Bind(entry, syntax, type));
        }
    }

    private TypeEntry? ResolveType(InstanceEntry instance, InstanceSyntax syntax)
    {
        if (syntax.Type is not { } typeName)
        {
            return null; // reported by the parser
        }

        if (_context.Table.FindType(typeName.Text) is not { } type)
        {
            if (_context.Table.FindEnum(typeName.Text) is not null)
            {
                _context.Report(Descriptors.EnumAsType, typeName.Span, typeName.Text, "the type of an entity");
            }
            else
            {
                // Only a type this entity or event could have: not a built-in kind such as Actor, nor an abstract type.
                var candidates = _context.Table.Types.Where(t => !t.IsBuiltIn && !t.IsAbstract && (t.Kind == BaseKind.Event) == instance.IsEvent);
                _context.Report(Descriptors.UnknownType, typeName.Span, typeName.Text, _context.DidYouMean(typeName.Text, candidates.Select(t => t.Name)));
            }

            return null;
        }

        if (!type.IsValid)
        {
            return null;
        }

        var (problem, arguments) = type.IsBuiltIn
            ? (Descriptors.TypeNotAllowed, new object[] { type.Name, instance.Id })
            : instance.IsEvent != (type.Kind == BaseKind.Event)
                ? instance.IsEvent
                    ? (Descriptors.EventOfEntityType, new object[] { instance.Id, type.Name, MessageText.Article(type.Kind.ToString()) })
                    : (Descriptors.EntityOfEventType, new object[] { instance.Id, type.Name })
                : type.IsAbstract
                    ? (Descriptors.AbstractType, new object[] { type.Name, instance.Id })
                    : (null, null);
        if (problem is not null)
        {
            _context.Report(problem, typeName.Span, arguments!);
            return null;
        }

        return type;
    }

    /// <summary>Whether the entry at <paramref name="index"/> is the rest of a number the entry before it began (<see cref="Suggestions.IsSplitNumber"/>).</summary>
    private static bool SplitNumber(InstanceSyntax syntax, int index)
    {
        var before = index > 0 && syntax.Entries[index - 1] is { IsList: false, Values.Count: 1 } previous ? previous.Values[0] : null;
        var entry = syntax.Entries[index];
        return before is not null && Suggestions.IsSplitNumber(entry.Key.Text, entry.Key.Span, before.Text, before.Span);
    }

    private InstanceModel Bind(InstanceEntry instance, InstanceSyntax syntax, TypeEntry type)
    {
        var members = _context.Members(type);
        var values = new List<AssignmentModel>(syntax.Entries.Count);
        var given = new bool[members.All.Count];
        for (var e = 0; e < syntax.Entries.Count; e++)
        {
            var entry = syntax.Entries[e];
            if (members.PositionOf(entry.Key.Text) is var position and >= 0)
            {
                var member = members.All[position];
                given[position] = true;
                if (entry.Values.Count == 0 && !member.Cardinality.IsRequired())
                {
                    continue; // an empty optional value states nothing
                }

                if (BindEntry(instance, entry, member) is { } assignment)
                {
                    values.Add(assignment);
                }
            }
            else if (_context.Table.FindRelationName(entry.Key.Text) is not null)
            {
                foreach (var value in entry.Values)
                {
                    KeyFacts.Add(new KeyFact(instance, type, entry.Key, value));
                }
            }
            else if (_context.Table.IsUnresolvedMember(type, entry.Key.Text))
            {
                continue; // a member whose type is unknown: reported once, where the schema declares it
            }
            else
            {
                var fixedKeys = instance.IsEvent ? SectionKeys.Event : SectionKeys.Entity;
                var candidates = members.All.Select(m => m.Name).Concat(_context.Table.RelationNames.Select(r => r.Name)).Concat(fixedKeys);
                _context.Report(Descriptors.UnknownKey, entry.Key.Span, entry.Key.Text, $"{(instance.IsEvent ? "event" : "entity")} '{instance.Id}' of type '{type.Name}'", _context.HintForUnknownKey(entry.Key.Text, SplitNumber(syntax, e), candidates));
            }
        }

        for (var i = 0; i < given.Length; i++)
        {
            var member = members.All[i];
            if (!given[i] && member.Cardinality.IsRequired() && member.DefaultValue is null && !member.DefaultRefused)
            {
                _context.Report(Descriptors.MissingRequired, syntax.Name.Span, $"{(instance.IsEvent ? "Event" : "Entity")} '{instance.Id}' of type '{type.Name}'", member.IsRole ? "role" : "property", member.Name);
            }
        }

        TimeBinder.TryBind(syntax.Time, _context, out var time);
        var sources = _documents.BindSources(syntax.Sources);

        // An instance with errors (reported) is still bound with what is right in it: its member stays in the generated
        // code, typed as declared, and what names it is not reported again. The errors fail the build or the load, so
        // such a model never reaches a graph.
        return new InstanceModel(
            instance.Id,
            instance.Namespace,
            instance.ClrName,
            type.Name,
            members.Class,
            instance.IsEvent,
            syntax.DisplayName?.Text ?? instance.Id,
            Texts(syntax.Aliases),
            syntax.Doc,
            time,
            sources ?? default,
            values.ToEquatableArray());
    }

    private static EquatableArray<string> Texts(EquatableArray<Located> located)
    {
        if (located.IsEmpty)
        {
            return default; // most instances have no aliases: nothing made
        }

        var texts = new string[located.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = located[i].Text;
        }

        return EquatableArray<string>.Adopt(texts);
    }

    private AssignmentModel? BindEntry(InstanceEntry instance, EntrySyntax entry, MemberModel member)
    {
        if (!member.Cardinality.IsMany() && entry.Values.Count > 1)
        {
            _context.Report(Descriptors.TooManyValues, entry.ValueSpan, member.Name, entry.Values.Count);
            return null;
        }

        if (member.Cardinality.IsRequired() && entry.Values.Count == 0)
        {
            _context.Report(Descriptors.MissingRequired, entry.Key.Span, $"'{entry.Key.Text}'", "value", member.Name);
            return null;
        }

        var values = new List<ValueModel>(entry.Values.Count);
        var ok = true;
        // A role's values are facts: one listed twice would be one fact stated twice, and an RDF export (a set) would
        // read back as another graph. A property may repeat a value (readings: [3, 5, 3]).
        var firstOf = member.IsRole && entry.Values.Count > 1 ? new Dictionary<ValueModel, Located>() : null;
        foreach (var value in entry.Values)
        {
            if (ValueBinder.Bind(value, member, _context) is { } model)
            {
                if (firstOf is not null && !TryAddOnce(firstOf, model, value, member))
                {
                    ok = false;
                    continue;
                }

                values.Add(model);
                if (model.Kind == ValueKind.Entity)
                {
                    References.Add(new Reference(instance.Id, model.Text, value.Span, instance.IsEvent));
                }
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new AssignmentModel(member, values.ToEquatableArray()) : null;
    }

    private bool TryAddOnce(Dictionary<ValueModel, Located> firstOf, ValueModel model, Located value, MemberModel member)
    {
        if (firstOf.TryGetValue(model, out var first))
        {
            _context.Report(ValueListedTwice, value.Span, value.Text, member.Name, first.Span);
            return false;
        }

        firstOf.Add(model, value);
        return true;
    }

    private static readonly KgDiagnosticDescriptor ValueListedTwice = Descriptors.DuplicateName.Worded(
        "'{0}' is listed twice in '{1}'; the other is at {2}: list each value once");
}

/// <summary>A fact stated by a relation key of an entity or event.</summary>
internal sealed record KeyFact(InstanceEntry Subject, TypeEntry SubjectType, Located Relation, Located Object);

/// <summary>An entity-valued property or role: <paramref name="From"/> (an event's role when <paramref name="FromEvent"/>) names <paramref name="To"/> at <paramref name="At"/>.</summary>
public sealed record Reference(string From, string To, SourceSpan At, bool FromEvent = false);
