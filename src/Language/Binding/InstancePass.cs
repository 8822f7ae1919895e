using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Binds entities and events: their type, the values of their properties and roles, time and sources.</summary>
internal sealed class InstancePass
{
    private static readonly string[] EntityKeys = { "type", "name", "aliases", "doc", "source", "sources" };
    private static readonly string[] EventKeys = { "type", "name", "aliases", "doc", "source", "sources", "date", "start", "end" };

    private readonly BindingContext _context;
    private readonly DocumentPass _documents;
    private readonly Dictionary<InstanceSymbol, BoundInstance> _bound = new();

    public InstancePass(BindingContext context, DocumentPass documents)
    {
        _context = context;
        _documents = documents;
    }

    /// <summary>Facts stated by relation keys of entities and events (<c>partOf: kharkivRegion</c>).</summary>
    public List<KeyFact> KeyFacts { get; } = new();

    public void Run()
    {
        foreach (var instance in _context.Entities.Concat(_context.Events))
        {
            ResolveType(instance);
        }

        foreach (var instance in _context.Entities.Concat(_context.Events).Where(i => i.IsValid))
        {
            _bound[instance] = BindValues(instance);
        }

        DropCyclesAndBrokenReferences();
    }

    public IEnumerable<InstanceModel> Models(bool events) =>
        (events ? _context.Events : _context.Entities).Where(i => i.IsValid).Select(i => _bound[i].ToModel(i));

    private void ResolveType(InstanceSymbol instance)
    {
        var syntax = instance.Syntax;
        if (syntax.Type is not { } typeName)
        {
            instance.IsValid = false;
            return;
        }

        var type = TypePass.Resolve(typeName, "the type of an entity", _context);
        instance.Type = type;
        if (type is null || !type.IsValid)
        {
            instance.IsValid = false;
            return;
        }

        string? problem = null;
        if (type.IsBuiltIn)
        {
            problem = $"'{type.Name}' is a built-in kind; give '{instance.Id}' a type declared under 'types'";
        }
        else if (instance.IsEvent != (type.Kind == BaseKind.Event))
        {
            problem = instance.IsEvent
                ? $"Event '{instance.Id}' has type '{type.Name}', which is {TypePass.Article(type.Kind.ToString())}, not an Event; declare it under 'entities'"
                : $"Entity '{instance.Id}' has the event type '{type.Name}'; declare it under 'events'";
        }
        else if (type.Syntax!.IsAbstract)
        {
            problem = $"Type '{type.Name}' is abstract; give '{instance.Id}' one of its concrete subtypes";
        }

        if (problem is not null)
        {
            _context.Report(Descriptors.InvalidDeclaration, typeName.Span, problem);
            instance.IsValid = false;
        }
    }

    private BoundInstance BindValues(InstanceSymbol instance)
    {
        var syntax = instance.Syntax;
        var type = instance.Type!;
        var members = TypePass.AllMembers(type).ToDictionary(m => m.Name, System.StringComparer.Ordinal);
        var bound = new BoundInstance();
        var given = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var entry in syntax.Entries)
        {
            if (members.TryGetValue(entry.Key.Text, out var member))
            {
                given.Add(member.Name);
                if (entry.Values.Count == 0 && !member.Cardinality.IsRequired())
                {
                    continue; // an empty optional value states nothing
                }

                if (BindEntry(entry, member, bound) is { } assignment)
                {
                    bound.Values.Add(assignment);
                }
                else if (member.ValueType is not null)
                {
                    bound.IsBroken = true;
                }
            }
            else if (_context.RelationNames.ContainsKey(entry.Key.Text))
            {
                foreach (var value in entry.Values)
                {
                    KeyFacts.Add(new KeyFact(instance, entry.Key, value));
                }
            }
            else
            {
                var fixedKeys = instance.IsEvent ? EventKeys : EntityKeys;
                var candidates = members.Keys.Concat(_context.RelationNames.Keys).Concat(fixedKeys);
                _context.Report(Descriptors.UnknownKey, entry.Key.Span, entry.Key.Text, $"{(instance.IsEvent ? "event" : "entity")} '{instance.Id}' of type '{type.Name}'", Suggestions.DidYouMean(entry.Key.Text, candidates));
                bound.IsBroken = true;
            }
        }

        foreach (var member in members.Values.Where(m => m.Cardinality.IsRequired() && m.DefaultValue is null && !given.Contains(m.Name)))
        {
            _context.Report(Descriptors.MissingRequired, syntax.Name.Span, $"{(instance.IsEvent ? "Event" : "Entity")} '{instance.Id}' of type '{type.Name}'", member.IsRole ? "role" : "property", member.Name);
            bound.IsBroken = true;
        }

        if (!TimeBinder.TryBind(syntax.Time, _context, out var time))
        {
            bound.IsBroken = true;
        }

        bound.Time = time;
        if (_documents.BindSources(syntax.Sources) is { } sources)
        {
            bound.Sources = sources;
        }
        else
        {
            bound.IsBroken = true;
        }

        if (bound.IsBroken)
        {
            instance.IsValid = false;
        }

        return bound;
    }

    private AssignmentModel? BindEntry(EntrySyntax entry, MemberSymbol member, BoundInstance bound)
    {
        if (member.ValueType is null)
        {
            return null; // the member's type is broken, reported on the type
        }

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

        var values = new List<ValueModel>();
        var ok = true;
        foreach (var value in entry.Values)
        {
            if (ValueBinder.Bind(value, member, _context) is { } model)
            {
                values.Add(model);
                if (model.Kind == ValueKind.Entity)
                {
                    bound.References.Add((_context.Instances[model.Text], value));
                }
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new AssignmentModel(member.ToModel()!, values.ToEquatableArray()) : null;
    }

    /// <summary>
    /// Instances are created on first use, each after the ones its properties name, so such references must not
    /// form a cycle; and an instance that names a broken one cannot be created either.
    /// </summary>
    private void DropCyclesAndBrokenReferences()
    {
        var state = new Dictionary<InstanceSymbol, int>();
        foreach (var instance in _bound.Keys.OrderBy(i => i.Id, System.StringComparer.Ordinal))
        {
            Visit(instance, state, new List<InstanceSymbol>());
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var pair in _bound.Where(p => p.Key.IsValid))
            {
                if (pair.Value.References.Any(r => !r.Target.IsValid))
                {
                    pair.Key.IsValid = false;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private void Visit(InstanceSymbol instance, Dictionary<InstanceSymbol, int> state, List<InstanceSymbol> path)
    {
        if (state.TryGetValue(instance, out var mark) || !_bound.TryGetValue(instance, out var bound))
        {
            return;
        }

        state[instance] = 1;
        path.Add(instance);
        foreach (var (target, at) in bound.References)
        {
            if (state.TryGetValue(target, out var targetMark) && targetMark == 1)
            {
                var cycle = path.Skip(path.IndexOf(target)).Select(i => i.Id).Concat(new[] { target.Id });
                _context.Report(Descriptors.InvalidDeclaration, at.Span, $"Properties form a cycle ({string.Join(" -> ", cycle)}); state one direction as a relation instead");
                instance.IsValid = false;
            }
            else
            {
                Visit(target, state, path);
            }
        }

        path.RemoveAt(path.Count - 1);
        state[instance] = 2;
    }

    private sealed class BoundInstance
    {
        public List<AssignmentModel> Values { get; } = new();

        public List<(InstanceSymbol Target, Located At)> References { get; } = new();

        public TimeModel? Time { get; set; }

        public EquatableArray<SourceModel> Sources { get; set; }

        public bool IsBroken { get; set; }

        public InstanceModel ToModel(InstanceSymbol instance)
        {
            var syntax = instance.Syntax;
            return new InstanceModel(
                instance.Id,
                instance.Namespace,
                instance.ClrName,
                instance.Type!.Name,
                instance.Type.ClassClrType,
                instance.IsEvent,
                syntax.DisplayName?.Text ?? instance.Id,
                syntax.Aliases.Select(a => a.Text).ToEquatableArray(),
                syntax.Doc,
                Time,
                Sources,
                Values.ToEquatableArray());
        }
    }
}

/// <summary>A fact stated by a relation key of an entity or event.</summary>
internal sealed record KeyFact(InstanceSymbol Subject, Located Relation, Located Object);
