using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax.Compact;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>Turns the text of one <c>.kg.yaml</c> file into its syntax model, collecting every problem it can see alone.</summary>
public static class OntologyFileParser
{
    public static OntologyFileSyntax Parse(string path, string text) => Parse(path, text, YamlLimits.Default);

    /// <param name="compactData">
    /// Keeps the bodies of entities, events and facts as bytes (<see cref="OntologyFileSyntax.Compact"/>), for a caller
    /// that binds the file once and never compares its syntax: the run-time loader.
    /// </param>
    public static OntologyFileSyntax Parse(string path, string text, YamlLimits limits, bool compactData = false)
    {
        var diagnostics = new List<KgDiagnostic>();
        // A compact file's strings are copied into its store and die with the tree: pooling them would only cost lookups.
        var strings = compactData ? null : new StringPool();
        var file = new FileBuilder(path, strings, compactData ? new CompactItems(path) : null);

        // The data sections' items become syntax as they are read, so the tree never holds a large file's data at once.
        var streamed = new StreamedSections(file);
        var root = YamlTreeReader.Read(path, text, limits, diagnostics, strings, streamed);
        var top = root is null ? null : MappingReader.Open(root, "an ontology file", SectionKeys.TopLevel, diagnostics, hint: SectionFor);
        if (top is null)
        {
            // A file that does not read declares nothing, not even what was read before its error.
            return new FileBuilder(path, strings).Build(diagnostics);
        }

        file.Namespace = top.Scalar("namespace", "the file", diagnostics);
        SchemaSectionReader.Read(top, file, diagnostics);
        DataSectionReader.Read(top, file, diagnostics, streamed);
        return file.Build(diagnostics);
    }

    /// <summary>The section a top-level key probably belongs under, judged by the keys of its value.</summary>
    private static string? SectionFor(YamlNode value)
    {
        if (value is not YamlMapping mapping)
        {
            return null;
        }

        bool Has(string key) => System.Linq.Enumerable.Any(mapping.Entries, e => e.Key.Value == key);
        return Has("type") ? "; it looks like an entity or an event: indent it under 'entities:' or 'events:'"
            : Has("is") ? "; it looks like a type: indent it under 'types:'"
            : Has("from") && Has("to") ? "; it looks like a relation: indent it under 'relations:'"
            : Has("path") ? "; it looks like a document: indent it under 'documents:'"
            : null;
    }

    internal sealed class FileBuilder
    {
        public FileBuilder(string path, StringPool? strings, CompactItems? compact = null)
        {
            Path = path;
            Strings = strings;
            Compact = compact;
        }

        /// <summary>Where the bodies of entities, events and facts go when the file is parsed compact.</summary>
        public CompactItems? Compact { get; }

        public string Path { get; }

        /// <summary>The file's one copy of each short text, for words cut out of a scalar (a short fact's three).</summary>
        public StringPool? Strings { get; }

        public Located? Namespace { get; set; }

        public List<EnumSyntax> Enums { get; } = new();

        public List<TypeSyntax> Types { get; } = new();

        public List<RelationSyntax> Relations { get; } = new();

        public List<DocumentSyntax> Documents { get; } = new();

        public List<InstanceSyntax> Entities { get; } = new();

        public List<InstanceSyntax> Events { get; } = new();

        public List<FactSyntax> Facts { get; } = new();

        public List<OmissionSyntax> Omissions { get; } = new();

        public void AddEntity(InstanceSyntax entity)
        {
            if (Compact is null)
            {
                Entities.Add(entity);
            }
            else
            {
                Compact.AddEntity(entity);
            }
        }

        public void AddEvent(InstanceSyntax @event)
        {
            if (Compact is null)
            {
                Events.Add(@event);
            }
            else
            {
                Compact.AddEvent(@event);
            }
        }

        public void AddFact(FactSyntax fact)
        {
            if (Compact is null)
            {
                Facts.Add(fact);
            }
            else
            {
                Compact.AddFact(fact);
            }
        }

        public OntologyFileSyntax Build(List<KgDiagnostic> diagnostics) => new(
            Path,
            Namespace,
            Enums.ToEquatableArray(),
            Types.ToEquatableArray(),
            Relations.ToEquatableArray(),
            Documents.ToEquatableArray(),
            Entities.ToEquatableArray(),
            Events.ToEquatableArray(),
            Facts.ToEquatableArray(),
            Omissions.ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            Compact);
    }
}
