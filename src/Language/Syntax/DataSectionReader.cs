using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>Reads the data sections of a file: <c>documents</c>, <c>entities</c>, <c>events</c>, <c>facts</c> and <c>omitted</c>.</summary>
internal static class DataSectionReader
{
    /// <summary>
    /// A data section: its name, what a list section must be (null for a mapping of names), and how one item is read.
    /// The one list of them, in the order they are read, for the tree and for items read as the YAML is alike.
    /// </summary>
    private sealed record Section(string Name, string? ListShape, System.Action<YamlScalar?, YamlNode, OntologyFileParser.FileBuilder, List<KgDiagnostic>> Read);

    private static readonly Section[] Sections =
    {
        new("documents", null, (name, node, file, diagnostics) => ReadDocument(name!, node, file, diagnostics)),
        new("entities", null, (name, node, file, diagnostics) => ReadEntity(name!, node, file, diagnostics)),
        new("events", null, (name, node, file, diagnostics) => ReadEvent(name!, node, file, diagnostics)),
        new("facts", "a list of facts", (_, node, file, diagnostics) => ReadFact(node, file, diagnostics)),
        new("omitted", "a list of passages, each with document, quote and reason", (_, node, file, diagnostics) => ReadOmission(node, file, diagnostics)),
    };

    /// <summary>Whether <paramref name="section"/> is a data section of this shape, whose items can be read as the YAML is (<see cref="StreamedSections"/>).</summary>
    public static bool IsItemSection(string section, bool isMapping) => Find(section) is { } found && (found.ListShape is null) == isMapping;

    /// <summary>
    /// Reads the data sections from the tree; a section whose items were read as the YAML was (<paramref name="streamed"/>)
    /// is empty in the tree, and what its items' reading found is reported here, in the section's turn.
    /// </summary>
    public static void Read(MappingReader top, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics, StreamedSections? streamed = null)
    {
        foreach (var section in Sections)
        {
            if (streamed?.DiagnosticsOf(section.Name) is { } found)
            {
                diagnostics.AddRange(found);
            }
            else if (section.ListShape is null)
            {
                SectionReader.ForEachNamed(top, section.Name, diagnostics, (name, node) => section.Read(name, node, file, diagnostics));
            }
            else
            {
                SectionReader.ForEachItem(top, section.Name, section.ListShape, diagnostics, item => section.Read(null, item, file, diagnostics));
            }
        }
    }

    /// <summary>One item of a data section, by the section's name: its name in a mapping of names, null in a list.</summary>
    public static void ReadItem(string section, YamlScalar? name, YamlNode node, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics) =>
        (Find(section) ?? throw new System.ArgumentException($"'{section}' is not a data section.", nameof(section))).Read(name, node, file, diagnostics);

    private static Section? Find(string name)
    {
        foreach (var section in Sections)
        {
            if (section.Name == name)
            {
                return section;
            }
        }

        return null;
    }

    private static void ReadDocument(YamlScalar name, YamlNode node, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        var what = $"document '{name.Value}'";
        var document = MappingReader.Open(node, what, SectionKeys.Document, diagnostics);
        if (document is not null)
        {
            var path = document.Scalar("path", what, diagnostics);
            if (path is null)
            {
                diagnostics.Add(Descriptors.MissingRequired.At(name.Span, MappingReader.Capitalize(what), "key", "path"));
            }

            file.Documents.Add(new DocumentSyntax(name.ToLocated(), path, document.Text("title", what, diagnostics), document.Scalar("published", what, diagnostics)));
        }
    }

    private static void ReadEntity(YamlScalar name, YamlNode node, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        if (ReadInstance(name, node, $"entity '{name.Value}'", SectionKeys.Entity, diagnostics) is { } entity)
        {
            file.AddEntity(entity);
        }
    }

    private static void ReadEvent(YamlScalar name, YamlNode node, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        if (ReadInstance(name, node, $"event '{name.Value}'", SectionKeys.Event, diagnostics) is { } @event)
        {
            file.AddEvent(@event);
        }
    }

    /// <summary>An item of <c>omitted:</c>, a passage left out on purpose: <c>{ document, quote, reason, note? }</c>.</summary>
    private static void ReadOmission(YamlNode item, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        const string what = "an omitted passage";
        var omission = MappingReader.Open(item, what, SectionKeys.Omission, diagnostics);
        if (omission is null)
        {
            return;
        }

        foreach (var required in new[] { "document", "quote", "reason" })
        {
            if (omission[required] is null)
            {
                diagnostics.Add(Descriptors.MissingRequired.At(item.Span, "The omitted passage", "key", required));
            }
        }

        file.Omissions.Add(new OmissionSyntax(
            omission.Scalar("document", what, diagnostics),
            omission.Scalar("quote", what, diagnostics),
            omission.Scalar("reason", what, diagnostics),
            omission.Text("note", what, diagnostics),
            item.Span));
    }

    private static InstanceSyntax? ReadInstance(YamlScalar name, YamlNode node, string what, string[] fixedKeys, List<KgDiagnostic> diagnostics)
    {
        // Keys other than the fixed ones name properties, roles or relations: the binder checks them against the type.
        var instance = MappingReader.Open(node, what, fixedKeys, diagnostics, extraKeys: _ => true);
        if (instance is null)
        {
            return null;
        }

        var type = instance.Scalar("type", what, diagnostics);
        if (type is null)
        {
            diagnostics.Add(Descriptors.MissingRequired.At(name.Span, MappingReader.Capitalize(what), "key", "type"));
        }

        var entries = new List<EntrySyntax>(instance.Mapping.Entries.Count);
        foreach (var entry in instance.Mapping.Entries)
        {
            if (System.Array.IndexOf(fixedKeys, entry.Key.Value) < 0)
            {
                var values = MappingReader.ScalarList(entry.Value, entry.Key.Value, what, diagnostics);
                entries.Add(new EntrySyntax(entry.Key.ToLocated(), values, entry.Value is YamlSequence, entry.Value.Span));
            }
        }

        return new InstanceSyntax(
            name.ToLocated(),
            type,
            instance.Scalar("name", what, diagnostics),
            instance.Scalars("aliases", what, diagnostics),
            instance.Text("doc", what, diagnostics),
            ReadTime(instance, what, diagnostics),
            ReadSources(instance, what, diagnostics),
            entries.ToEquatableArray());
    }

    private static void ReadFact(YamlNode item, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        switch (item)
        {
            case YamlScalar { IsNull: false } shortForm:
                if (ReadShortFact(shortForm, file.Strings, diagnostics) is { } fact)
                {
                    file.AddFact(fact);
                }

                break;
            case YamlMapping:
                var longForm = MappingReader.Open(item, "a fact", SectionKeys.Fact, diagnostics)!;
                foreach (var required in new[] { "subject", "relation", "object" })
                {
                    if (longForm[required] is null)
                    {
                        diagnostics.Add(Descriptors.MissingRequired.At(item.Span, "The fact", "key", required));
                    }
                }

                file.AddFact(new FactSyntax(
                    longForm.Scalar("subject", "a fact", diagnostics),
                    longForm.Scalar("relation", "a fact", diagnostics),
                    longForm.Scalar("object", "a fact", diagnostics),
                    ReadTime(longForm, "a fact", diagnostics),
                    ReadSources(longForm, "a fact", diagnostics),
                    item.Span));
                break;
            default:
                diagnostics.Add(Descriptors.WrongShape.At(item.Span, "A fact", "'subject relation object' or a mapping with subject, relation and object", item.ShapeName));
                break;
        }
    }

    private static FactSyntax? ReadShortFact(YamlScalar scalar, StringPool? strings, List<KgDiagnostic> diagnostics)
    {
        var words = new List<Located>();
        var text = scalar.Value;
        var index = 0;
        while (index < text.Length)
        {
            while (index < text.Length && char.IsWhiteSpace(text[index])) index++;
            var start = index;
            while (index < text.Length && !char.IsWhiteSpace(text[index])) index++;
            if (index > start)
            {
                words.Add(ScalarSlicer.Slice(scalar, start, index - start, strings));
            }
        }

        if (words.Count != 3)
        {
            diagnostics.Add(Descriptors.WrongShape.At(scalar.Span, "A short fact", "three words, 'subject relation object'", $"{words.Count} word{(words.Count == 1 ? "" : "s")}"));
            return null;
        }

        return new FactSyntax(words[0], words[1], words[2], null, EquatableArray<SourceSyntax>.Empty, scalar.Span);
    }

    private static TimeSyntax? ReadTime(MappingReader mapping, string what, List<KgDiagnostic> diagnostics)
    {
        var date = mapping.Scalar("date", what, diagnostics);
        var start = mapping.Scalar("start", what, diagnostics);
        var end = mapping.Scalar("end", what, diagnostics);
        if (date is null && start is null && end is null)
        {
            return null;
        }

        if (date is not null && (start is not null || end is not null))
        {
            diagnostics.Add(Descriptors.DateAndInterval.At(date.Span, MappingReader.Capitalize(what)));
        }

        var first = date ?? start ?? end!;
        return new TimeSyntax(date, start, end, first.Span);
    }

    private static EquatableArray<SourceSyntax> ReadSources(MappingReader mapping, string what, List<KgDiagnostic> diagnostics)
    {
        var sources = new List<SourceSyntax>();
        foreach (var key in new[] { "source", "sources" })
        {
            switch (mapping[key])
            {
                case null:
                    break;
                case YamlSequence list:
                    foreach (var item in list.Items)
                    {
                        AddSource(item, what, sources, diagnostics);
                    }

                    break;
                case var single:
                    AddSource(single, what, sources, diagnostics);
                    break;
            }
        }

        return sources.ToEquatableArray();
    }

    private static void AddSource(YamlNode node, string what, List<SourceSyntax> sources, List<KgDiagnostic> diagnostics)
    {
        var source = MappingReader.Open(node, $"a source of {what}", SectionKeys.Source, diagnostics);
        if (source is null)
        {
            return;
        }

        var document = source.Scalar("document", "a source", diagnostics);
        if (document is null)
        {
            diagnostics.Add(Descriptors.MissingRequired.At(node.Span, "The source", "key", "document"));
        }

        sources.Add(new SourceSyntax(document, source.Scalar("quote", "a source", diagnostics), node.Span));
    }
}
