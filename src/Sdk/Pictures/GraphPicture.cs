using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Pictures;

namespace KnowledgeGraph;

/// <summary>
/// Entities and facts to draw (a whole graph, an entity's neighbourhood, a path, what a query returned), as Graphviz
/// DOT or as a Mermaid flowchart. Entities are coloured by kind (actors blue, places green, events orange); a fact is
/// an arrow labelled with its relation's label and its time, dashed when an event implies it; an event links to its
/// participants by dotted arrows labelled with their role. A legend says so. The same entities and facts in the same
/// order always give the same text. Render DOT with <c>dot -Tsvg picture.dot -o picture.svg</c>; GitHub renders Mermaid
/// in a <c>```mermaid</c> block.
/// </summary>
public sealed class GraphPicture
{
    private static readonly (string Kind, string Fill, string Line)[] Kinds =
    {
        ("actor", "#dbe8fb", "#4a6fa5"),
        ("place", "#dcf2dc", "#4c8a4c"),
        ("event", "#fde7c8", "#b7791f"),
        ("other", "#eeeeee", "#777777"),
    };

    internal GraphPicture(IReadOnlyList<Entity> entities, IReadOnlyList<Fact> facts)
    {
        Entities = entities;
        Facts = facts;
    }

    /// <summary>The entities drawn, in the order they are written.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The facts drawn (both ends among <see cref="Entities"/>), in the order they are written.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The picture as a Graphviz DOT graph, laid out left to right.</summary>
    public string ToDot()
    {
        var ids = Ids();
        var text = new StringBuilder()
            .AppendLine("digraph knowledge {")
            .AppendLine("  rankdir=LR;")
            .AppendLine("  graph [fontname=\"Helvetica\", nodesep=0.35, ranksep=0.9];")
            .AppendLine("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];")
            .AppendLine("  edge [fontname=\"Helvetica\", fontsize=9];")
            .AppendLine("  subgraph cluster_legend {")
            .AppendLine("    label=\"Legend\"; fontsize=10; style=\"rounded,dashed\"; color=\"#999999\";");
        foreach (var (kind, fill, line) in Kinds.Take(3))
        {
            text.Append("    legend_").Append(kind).Append(" [label=\"").Append(kind).Append("\", fillcolor=\"").Append(fill).Append("\", color=\"").Append(line)
                .Append('"').Append(kind == "event" ? ", shape=ellipse" : string.Empty).AppendLine("];");
        }

        text.AppendLine("    legend_actor -> legend_place [label=\"fact\"];")
            .AppendLine("    legend_event -> legend_actor [label=\"role\", style=dotted, color=\"#777777\"];")
            .AppendLine("    legend_event -> legend_place [label=\"implied fact\", style=dashed];")
            .AppendLine("  }");
        foreach (var entity in Entities)
        {
            var (_, fill, line) = KindOf(entity);
            text.Append("  ").Append(ids[entity]).Append(" [label=<").Append(DotText.Html(entity.Name))
                .Append("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">").Append(DotText.Html(entity.TypeName)).Append("</FONT>>")
                .Append(", fillcolor=\"").Append(fill).Append("\", color=\"").Append(line).Append('"')
                .Append(entity is Event ? ", shape=ellipse" : string.Empty).AppendLine("];");
        }

        foreach (var fact in Facts)
        {
            text.Append("  ").Append(ids[fact.SubjectEntity]).Append(" -> ").Append(ids[fact.ObjectEntity]).Append(" [label=").Append(DotText.Quoted(Label(fact)));
            text.AppendLine(fact switch
            {
                RoleFact => ", style=dotted, color=\"#777777\", fontcolor=\"#555555\"];",
                _ when fact.Origin == FactOrigin.Implied => ", style=dashed];",
                _ => "];",
            });
        }

        return PictureText.Lines(text.AppendLine("}"));
    }

    /// <summary>The picture as a Mermaid flowchart, laid out left to right.</summary>
    public string ToMermaid()
    {
        var ids = Ids();
        var text = new StringBuilder().AppendLine("flowchart LR");
        foreach (var entity in Entities)
        {
            var (kind, _, _) = KindOf(entity);
            var label = MermaidText.Label(entity.Name) + "<br/><small>" + MermaidText.Label(entity.TypeName) + "</small>";
            text.Append("  ").Append(ids[entity]).Append(entity is Event ? "([\"" : "[\"").Append(label).Append(entity is Event ? "\"])" : "\"]").Append(":::").AppendLine(kind);
        }

        foreach (var fact in Facts)
        {
            var arrow = fact switch
            {
                RoleFact => " -. \"{0}\" .-> ",
                _ when fact.Origin == FactOrigin.Implied => " -. \"{0}\" .-> ",
                _ => " -- \"{0}\" --> ",
            };
            text.Append("  ").Append(ids[fact.SubjectEntity]).Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, arrow, MermaidText.Label(Label(fact))))
                .AppendLine(ids[fact.ObjectEntity]);
        }

        text.AppendLine("  subgraph legend[\"Legend\"]");
        text.AppendLine("    legend_actor[\"actor\"]:::actor -- \"fact\" --> legend_place[\"place\"]:::place");
        text.AppendLine("    legend_event([\"event\"]):::event -. \"role or implied fact\" .-> legend_actor");
        text.AppendLine("  end");
        foreach (var (kind, fill, line) in Kinds)
        {
            text.Append("  classDef ").Append(kind).Append(" fill:").Append(fill).Append(",stroke:").Append(line).AppendLine(",color:#222222");
        }

        return PictureText.Lines(text);
    }

    /// <summary>
    /// The picture as an explorer: one HTML file that works offline (Cytoscape.js is inlined), where a reader clicks an
    /// entity to see its facts and the quotes behind them, filters by type and by time, and sees the events on a timeline.
    /// </summary>
    public string ToHtml(string title = "Knowledge graph") => ExplorerPage.Write(this, title);

    public override string ToString() => $"{Entities.Count} entities and events, {Facts.Count} facts";

    /// <summary>Ids made from each entity's place in the picture: names never stand as ids, so no name can break the syntax.</summary>
    internal Dictionary<Entity, string> Ids()
    {
        var ids = new Dictionary<Entity, string>(ReferenceEqualityComparer.Instance);
        foreach (var entity in Entities)
        {
            ids[entity] = "n" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ids;
    }

    internal static (string Kind, string Fill, string Line) KindOf(Entity entity) => entity switch
    {
        Event => Kinds[2],
        IActor => Kinds[0],
        IPlace => Kinds[1],
        _ => Kinds[3],
    };

    private static string Label(Fact fact)
    {
        var label = fact is RoleFact role ? role.Role : fact.Relation.Label;
        return fact is not RoleFact && fact.Time is { } time ? $"{label}\n{time}" : label;
    }
}
