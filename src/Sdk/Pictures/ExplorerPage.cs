using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Pictures;

/// <summary>
/// Writes the explorer: one HTML file that needs no network, with Cytoscape.js, the page's script and the picture's
/// entities and facts inlined (as JSON in which every character that could close a script tag is escaped).
/// </summary>
internal static class ExplorerPage
{
    private static readonly Lazy<string> Template = new(() => Resource("explorer.html"));
    private static readonly Lazy<string> Cytoscape = new(() => Resource("cytoscape.min.js"));

    public static string Write(GraphPicture picture, string title)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TITLE"] = WebUtility.HtmlEncode(title),
            ["CYTOSCAPE"] = Cytoscape.Value,
            ["DATA"] = Data(picture, title),
        };

        // One pass over the template: text put in is never searched for placeholders again.
        return Regex.Replace(Template.Value, @"\{\{(TITLE|CYTOSCAPE|DATA)\}\}", match => parts[match.Groups[1].Value]);
    }

    private static string Data(GraphPicture picture, string title)
    {
        var ids = picture.Ids();

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("title", Safe(title));
            json.WriteStartArray("nodes");
            foreach (var entity in picture.Entities)
            {
                json.WriteStartObject();
                json.WriteString("id", ids[entity]);
                json.WriteString("key", Safe(entity.Id));
                json.WriteString("name", Safe(entity.Name));
                json.WriteString("type", Safe(entity.TypeName));
                json.WriteString("kind", GraphPicture.KindOf(entity).Kind);
                json.WriteString("doc", Safe(entity.Doc));
                json.WriteStartArray("aliases");
                foreach (var alias in entity.Aliases)
                {
                    json.WriteStringValue(Safe(alias));
                }

                json.WriteEndArray();
                Time(json, entity is Event @event ? @event.Time : null);
                Sources(json, entity.Sources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            var index = 0;
            foreach (var fact in picture.Facts)
            {
                json.WriteStartObject();
                json.WriteString("id", "f" + index++.ToString(CultureInfo.InvariantCulture));
                json.WriteString("s", ids[fact.SubjectEntity]);
                json.WriteString("t", ids[fact.ObjectEntity]);
                json.WriteString("label", Safe(fact is RoleFact role ? role.Role : fact.Relation.Label));
                json.WriteString("kind", fact is RoleFact ? "role" : fact.Origin == FactOrigin.Implied ? "implied" : "fact");
                Time(json, fact is RoleFact ? null : fact.Time);
                Sources(json, fact.Sources.Count > 0 || fact.Details.ImpliedBy is null ? fact.Sources : fact.Details.ImpliedBy.Sources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A time as the page filters and places it: its first and last possible day, and how it reads.</summary>
    private static void Time(Utf8JsonWriter json, TimeExtent? time)
    {
        if (time is null)
        {
            json.WriteNull("time");
            return;
        }

        json.WriteStartObject("time");
        json.WriteString("label", Safe(time.ToString()));
        json.WriteString("earliest", time.Start is null ? null : Day(time.Earliest));
        json.WriteString("latest", time.End is null ? null : Day(time.Latest.AddTicks(-1))); // Latest is exclusive
        json.WriteEndObject();
    }

    /// <summary>The text with any lone surrogate (which JSON cannot hold) as U+FFFD.</summary>
    private static string? Safe(string? text) => text is null ? null : Utf16.WellFormed(text);

    private static string Day(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Sources(Utf8JsonWriter json, IReadOnlyList<SourceRef> sources)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("document", Safe(source.Document.Id));
            json.WriteString("title", Safe(source.Document.ToString()));
            json.WriteString("quote", Safe(source.Quote));
            json.WriteNumber("line", source.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Resource(string name)
    {
        using var stream = typeof(ExplorerPage).Assembly.GetManifestResourceStream("KnowledgeGraph.Pictures." + name)
            ?? throw new InvalidOperationException($"The explorer's resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
