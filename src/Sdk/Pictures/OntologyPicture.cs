using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Pictures;

/// <summary>
/// The ontology drawn: each type with its own properties and roles, its <c>is</c> (a solid hollow arrow) and mixins
/// (dashed hollow arrows), enums with their members, relations as labelled arrows between their types (inverse and
/// transitive and lasting named on the arrow), and entity-valued properties and event roles as dotted arrows to their types.
/// Everything is ordered by name, so the same ontology always gives the same text.
/// </summary>
internal static class OntologyPicture
{
    public static string ToDot(SymbolTable table)
    {
        var types = Types(table);
        var text = new StringBuilder()
            .AppendLine("digraph ontology {")
            .AppendLine("  rankdir=BT;")
            .AppendLine("  graph [fontname=\"Helvetica\", nodesep=0.5, ranksep=0.9, newrank=true];")
            .AppendLine("  node [shape=plain, fontname=\"Helvetica\", fontsize=11];")
            .AppendLine("  edge [fontname=\"Helvetica\", fontsize=9];");
        text.AppendLine("  subgraph cluster_legend {")
            .AppendLine("    label=\"Legend\"; fontsize=10; style=\"rounded,dashed\"; color=\"#999999\";")
            .AppendLine("    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontsize=9, width=0.6, height=0.3];")
            // Legend ids hold a colon, which no type name can: a type named legend_type stays a type.
            .AppendLine("    \"legend:type\" [label=\"type\"]; \"legend:base\" [label=\"its is\"]; \"legend:mixin\" [label=\"a mixin\"]; \"legend:other\" [label=\"another type\"];")
            .AppendLine("    \"legend:type\" -> \"legend:base\" [arrowhead=empty, label=\"is\"];")
            .AppendLine("    \"legend:type\" -> \"legend:mixin\" [arrowhead=empty, style=dashed, label=\"mixin\"];")
            .AppendLine("    \"legend:type\" -> \"legend:other\" [color=\"#1f5fa8\", fontcolor=\"#1f5fa8\", label=\"relation / inverse\"];")
            .AppendLine("    \"legend:type\" -> \"legend:other\" [style=dotted, arrowhead=vee, color=\"#777777\", fontcolor=\"#555555\", label=\"property or role\"];")
            .AppendLine("  }");
        foreach (var type in types)
        {
            text.Append("  ").Append(DotText.Quoted(type.Name)).Append(" [label=<").Append(TypeTable(table, type)).AppendLine(">];");
        }

        foreach (var @enum in table.Enums.OrderBy(e => e.Name, System.StringComparer.Ordinal))
        {
            var members = string.Concat(@enum.Members.Select(m => $"<TR><TD ALIGN=\"LEFT\">{DotText.Html(m.Name)}</TD></TR>"));
            text.Append("  ").Append(DotText.Quoted(@enum.Name)).Append(" [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" BGCOLOR=\"#f4f4f4\">")
                .Append($"<TR><TD><I>enum</I> <B>{DotText.Html(@enum.Name)}</B></TD></TR>{members}</TABLE>>];").AppendLine();
        }

        foreach (var type in types)
        {
            if (type.Base is { } baseName)
            {
                text.Append("  ").Append(DotText.Quoted(type.Name)).Append(" -> ").Append(DotText.Quoted(baseName)).AppendLine(" [arrowhead=empty];");
            }

            foreach (var mixin in type.Mixins)
            {
                text.Append("  ").Append(DotText.Quoted(type.Name)).Append(" -> ").Append(DotText.Quoted(mixin)).AppendLine(" [arrowhead=empty, style=dashed];");
            }

            // To a concrete type of the ontology; a member typed by a built-in kind (any actor, any place) is a row of the table.
            foreach (var member in type.Members.Where(m => m.Type.Kind == ValueKind.Entity && !IsKind(table, m.Type.Name)))
            {
                text.Append("  ").Append(DotText.Quoted(type.Name)).Append(" -> ").Append(DotText.Quoted(member.Type.Name))
                    .Append(" [style=dotted, arrowhead=vee, color=\"#777777\", fontcolor=\"#555555\", label=")
                    .Append(DotText.Quoted((member.IsRole ? "role " : string.Empty) + member.Name + member.Cardinality.Suffix())).AppendLine("];");
            }
        }

        foreach (var relation in Relations(table))
        {
            text.Append("  ").Append(DotText.Quoted(relation.From.Name)).Append(" -> ").Append(DotText.Quoted(relation.To.Name))
                .Append(" [color=\"#1f5fa8\", fontcolor=\"#1f5fa8\", penwidth=1.4, label=").Append(DotText.Quoted(RelationLabel(relation))).AppendLine("];");
        }

        return PictureText.Lines(text.AppendLine("}"));
    }

    public static string ToMermaid(SymbolTable table)
    {
        var types = Types(table);
        var enums = table.Enums.OrderBy(e => e.Name, System.StringComparer.Ordinal).ToList();
        var ids = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var name in types.Select(t => t.Name).Concat(enums.Select(e => e.Name)))
        {
            ids[name] = "T" + ids.Count;
        }

        var text = new StringBuilder().AppendLine("classDiagram");
        foreach (var type in types)
        {
            var id = ids[type.Name];
            text.Append("  class ").Append(id).Append("[\"").Append(MermaidText.Label(type.Name)).AppendLine("\"]");
            if (type.IsAbstract || type.IsBuiltIn)
            {
                text.Append("  <<abstract>> ").AppendLine(id);
            }

            foreach (var member in type.Members.Where(m => m.Type.Kind != ValueKind.Entity || IsKind(table, m.Type.Name)))
            {
                text.Append("  ").Append(id).Append(" : +").Append(MermaidText.Plain(member.Type.Name + Multiplicity(member.Cardinality))).Append(' ')
                    .AppendLine(MermaidText.Plain((member.IsRole ? "role " : string.Empty) + member.Name));
            }
        }

        foreach (var @enum in enums)
        {
            var id = ids[@enum.Name];
            text.Append("  class ").Append(id).Append("[\"").Append(MermaidText.Label(@enum.Name)).AppendLine("\"]");
            text.Append("  <<enumeration>> ").AppendLine(id);
            foreach (var member in @enum.Members)
            {
                text.Append("  ").Append(id).Append(" : ").AppendLine(MermaidText.Plain(member.Name));
            }
        }

        foreach (var type in types)
        {
            if (type.Base is { } baseName && ids.TryGetValue(baseName, out var baseId))
            {
                text.Append("  ").Append(baseId).Append(" <|-- ").AppendLine(ids[type.Name]);
            }

            foreach (var mixin in type.Mixins.Where(ids.ContainsKey))
            {
                text.Append("  ").Append(ids[mixin]).Append(" <|.. ").AppendLine(ids[type.Name]);
            }

            foreach (var member in type.Members.Where(m => m.Type.Kind == ValueKind.Entity && !IsKind(table, m.Type.Name) && ids.ContainsKey(m.Type.Name)))
            {
                text.Append("  ").Append(ids[type.Name]).Append(" ..> ").Append(ids[member.Type.Name]).Append(" : ")
                    .AppendLine(MermaidText.Plain((member.IsRole ? "role " : string.Empty) + member.Name + Multiplicity(member.Cardinality)));
            }
        }

        foreach (var relation in Relations(table).Where(r => ids.ContainsKey(r.From.Name) && ids.ContainsKey(r.To.Name)))
        {
            text.Append("  ").Append(ids[relation.From.Name]).Append(" --> ").Append(ids[relation.To.Name]).Append(" : ").AppendLine(MermaidText.Plain(RelationLabel(relation)));
        }

        return PictureText.Lines(text);
    }

    /// <summary>Every type, the built-in kinds among them (they are the roots), by name.</summary>
    private static List<TypeEntry> Types(SymbolTable table) =>
        table.Types.Where(t => t.IsValid).OrderBy(t => t.IsBuiltIn ? 0 : 1).ThenBy(t => t.Name, System.StringComparer.Ordinal).ToList();

    private static IEnumerable<RelationModel> Relations(SymbolTable table) =>
        table.Relations.OrderBy(r => r.Name, System.StringComparer.Ordinal);

    /// <summary>The relation's name, its inverse after a slash, and "transitive" or "lasting" when it is.</summary>
    private static string RelationLabel(RelationModel relation)
    {
        var label = relation.Inverse is { } inverse ? $"{relation.Name} / {inverse}" : relation.Name;
        var kinds = new[] { relation.Transitive ? "transitive" : null, relation.Lasting ? "lasting" : null }.Where(k => k is not null).ToList();
        return kinds.Count == 0 ? label : $"{label} ({string.Join(", ", kinds)})";
    }

    /// <summary>A member's cardinality as Mermaid members show it: <c>?</c> for optional, UML's <c>[1..*]</c> and <c>[0..*]</c> for lists.</summary>
    private static string Multiplicity(Cardinality cardinality) => cardinality switch
    {
        Cardinality.OneOrMore => "[1..*]",
        Cardinality.Any => "[0..*]",
        _ => cardinality.Suffix(),
    };

    private static bool IsKind(SymbolTable table, string typeName) => table.FindType(typeName) is { IsBuiltIn: true };

    private static string TypeTable(SymbolTable table, TypeEntry type)
    {
        var colour = type.Kind switch
        {
            BaseKind.Actor => "#dbe8fb",
            BaseKind.Place => "#dcf2dc",
            _ => "#fde7c8",
        };
        var title = type.IsAbstract || type.IsBuiltIn ? $"<I>{DotText.Html(type.Name)}</I>" : $"<B>{DotText.Html(type.Name)}</B>";
        var rows = new StringBuilder();
        foreach (var member in type.Members.Where(m => m.Type.Kind != ValueKind.Entity || IsKind(table, m.Type.Name)))
        {
            var role = member.IsRole ? "role " : string.Empty;
            rows.Append("<TR><TD ALIGN=\"LEFT\">").Append(DotText.Html($"{role}{member.Name}: {member.Type.Name}{member.Cardinality.Suffix()}")).Append("</TD></TR>");
        }

        return $"<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" BGCOLOR=\"{colour}\"><TR><TD>{title}</TD></TR>{rows}</TABLE>";
    }
}
