using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>Turns the text of one <c>.kg.yaml</c> file into its syntax model, collecting every problem it can see alone.</summary>
public static class OntologyFileParser
{
    private static readonly string[] TopLevelKeys =
        { "namespace", "enums", "types", "relations", "documents", "entities", "events", "facts", "omitted" };

    public static OntologyFileSyntax Parse(string path, string text) => Parse(path, text, YamlLimits.Default);

    public static OntologyFileSyntax Parse(string path, string text, YamlLimits limits)
    {
        var diagnostics = new List<KgDiagnostic>();
        var root = YamlTreeReader.Read(path, text, limits, diagnostics);
        var file = new FileBuilder(path);
        if (root is not null)
        {
            var top = MappingReader.Open(root, "an ontology file", TopLevelKeys, diagnostics);
            if (top is not null)
            {
                file.Namespace = top.Scalar("namespace", "the file", diagnostics);
                SchemaSectionReader.Read(top, file, diagnostics);
                DataSectionReader.Read(top, file, diagnostics);
            }
        }

        return file.Build(diagnostics);
    }

    internal sealed class FileBuilder
    {
        public FileBuilder(string path) => Path = path;

        public string Path { get; }

        public Located? Namespace { get; set; }

        public List<EnumSyntax> Enums { get; } = new();

        public List<TypeSyntax> Types { get; } = new();

        public List<RelationSyntax> Relations { get; } = new();

        public List<DocumentSyntax> Documents { get; } = new();

        public List<InstanceSyntax> Entities { get; } = new();

        public List<InstanceSyntax> Events { get; } = new();

        public List<FactSyntax> Facts { get; } = new();

        public List<OmissionSyntax> Omissions { get; } = new();

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
            diagnostics.ToEquatableArray());
    }
}
