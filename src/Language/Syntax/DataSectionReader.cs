using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>Reads the data sections of a file: <c>documents</c>, <c>entities</c>, <c>events</c>, <c>facts</c> and <c>omitted</c>.</summary>
internal static class DataSectionReader
{

    public static void Read(MappingReader top, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        SectionReader.ForEachNamed(top, "documents", diagnostics, (name, node) =>
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
        });

        SectionReader.ForEachNamed(top, "entities", diagnostics, (name, node) =>
        {
            if (ReadInstance(name, node, $"entity '{name.Value}'", SectionKeys.Entity, diagnostics) is { } entity)
            {
                file.Entities.Add(entity);
            }
        });

        SectionReader.ForEachNamed(top, "events", diagnostics, (name, node) =>
        {
            if (ReadInstance(name, node, $"event '{name.Value}'", SectionKeys.Event, diagnostics) is { } @event)
            {
                file.Events.Add(@event);
            }
        });

        ReadFacts(top, file, diagnostics);
        ReadOmissions(top, file, diagnostics);
    }

    /// <summary><c>omitted:</c> a list of passages left out on purpose, each <c>{ document, quote, reason, note? }</c>.</summary>
    private static void ReadOmissions(MappingReader top, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        const string what = "an omitted passage";
        SectionReader.ForEachItem(top, "omitted", "a list of passages, each with document, quote and reason", diagnostics, item =>
        {
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
        });
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

    private static void ReadFacts(MappingReader top, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        SectionReader.ForEachItem(top, "facts", "a list of facts", diagnostics, item =>
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } shortForm:
                    if (ReadShortFact(shortForm, file.Strings, diagnostics) is { } fact)
                    {
                        file.Facts.Add(fact);
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

                    file.Facts.Add(new FactSyntax(
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
        });
    }

    private static FactSyntax? ReadShortFact(YamlScalar scalar, StringPool strings, List<KgDiagnostic> diagnostics)
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
