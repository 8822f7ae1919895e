using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KnowledgeGraph;

/// <summary>
/// Everything a graph says about one entity or event (<see cref="Graph.Describe"/>): its values, the facts it is the
/// subject or the object of (an event's role links are its <see cref="Roles"/>), the events it took part in, and the
/// passages that state it. <see cref="ToString"/> shows it as plain text, one line per item.
/// </summary>
public sealed record EntityDescription(
    Entity Entity,
    IReadOnlyList<PropertyValue> Properties,
    IReadOnlyList<RoleBinding> Roles,
    IReadOnlyList<Fact> FactsOut,
    IReadOnlyList<Fact> FactsIn,
    IReadOnlyList<Participation<Event>> Events,
    IReadOnlyList<SourceRef> Sources)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Entity.Name).Append(" (").Append(Entity.TypeName).Append(", id ").Append(Entity.Id).Append(')').Append('\n');
        if (Entity.Aliases.Count > 0)
        {
            text.Append("  also called: ").Append(string.Join(", ", Entity.Aliases)).Append('\n');
        }

        if (Entity.Doc is { } doc)
        {
            text.Append("  ").Append(doc).Append('\n');
        }

        if (Entity is Event { Time: { } time })
        {
            text.Append("  when: ").Append(time).Append('\n');
        }

        Section(text, "properties", Properties.GroupBy(p => p.Property).Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => Show(p.Value)))}"));
        Section(text, "roles", Roles.GroupBy(r => r.Role).Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Participant.Name))}"));
        Section(text, "facts", FactsOut.Concat(FactsIn).Select(Show));
        Section(text, "events", Events.Select(p => $"{p.Event.Time?.ToString() ?? "undated"}  {p.Event.Name} (as {p.Role})"));
        Section(text, "sources", Sources.Select(s => $"{s.Document.Id} ({s.Line}:{s.Column}): \"{s.Quote}\""));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var first = true;
        foreach (var line in lines)
        {
            if (first)
            {
                text.Append("  ").Append(title).Append(':').Append('\n');
                first = false;
            }

            text.Append("    ").Append(line).Append('\n');
        }
    }

    private static string Show(object value) => value switch
    {
        Entity entity => entity.Name,
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Show(Fact fact)
    {
        var line = new StringBuilder(fact.ToString());
        if (fact.Time is { } time)
        {
            line.Append(" [").Append(time).Append(']');
        }

        // Describe lists no role links: a fact is stated, stated as a relation key, or implied.
        line.Append(" (").Append(fact.Origin == FactOrigin.EntityKey ? "stated as a relation key" : fact.Origin.ToString().ToLowerInvariant());
        if (fact.Details.ImpliedBy is { } cause)
        {
            line.Append(" by ").Append(cause.Name);
        }

        if (fact.Details.EndedBy is { } end)
        {
            line.Append("; ended by ").Append(end.Name);
        }

        if (fact.Sources.Count > 0)
        {
            line.Append("; ").Append(fact.Sources.Count).Append(fact.Sources.Count == 1 ? " source" : " sources");
        }

        return line.Append(')').ToString();
    }
}

public sealed partial class Graph
{
    /// <summary>Everything the graph says about <paramref name="entity"/>: values, facts both ways, events and sources.</summary>
    public EntityDescription Describe(IEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity is not Entity known || FindById(known.Id) != known)
        {
            throw new ArgumentException($"'{entity}' is not an entity or event of this graph.", nameof(entity));
        }

        return new EntityDescription(
            known,
            known.PropertyValues.ToList(),
            known is Event @event ? @event.Roles.ToList() : Array.Empty<RoleBinding>(),
            OutFacts(known).Where(f => f.Origin != FactOrigin.Role).ToList(),
            InFacts(known).Where(f => f.Origin != FactOrigin.Role).ToList(),
            EventsOf(known),
            known.Sources);
    }
}
