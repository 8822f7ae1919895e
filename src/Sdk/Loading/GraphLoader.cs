using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph;

/// <summary>
/// Loads data files (<c>documents</c>, <c>entities</c>, <c>events</c>, <c>facts</c>) into a graph builder at run time,
/// checked against the compiled ontology with the same rules and diagnostics as the build, and typed by the
/// generated classes. A load is all or nothing: with any error nothing is added. Later loads may refer to what
/// earlier loads of the same loader added.
/// </summary>
public sealed class GraphLoader
{
    /// <summary>The virtual folder the compiled files are bound from, so their diagnostics can never be mistaken for a user's file.</summary>
    internal const string CompiledRoot = "/compiled-ontology/";

    private readonly OntologySchema _schema;
    private readonly LoaderOptions _options;
    private readonly Dictionary<string, string> _compiledDocuments;
    private readonly List<OntologyFileSyntax> _baseline;
    private OntologyModel? _baselineModel;

    public GraphLoader(OntologySchema schema, GraphBuilder builder, LoaderOptions? options = null)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Builder = builder ?? throw new ArgumentNullException(nameof(builder));
        _options = options ?? LoaderOptions.Default;
        var ontology = schema.Sources.Where(s => s.Path.EndsWith(".kg.yaml", StringComparison.OrdinalIgnoreCase)).ToList();
        _compiledDocuments = schema.Sources.Except(ontology).ToDictionary(s => CompiledRoot + s.Path, s => s.Text, StringComparer.Ordinal);
        _baseline = ontology.Select(s => OntologyFileParser.Parse(CompiledRoot + s.Path, s.Text)).ToList();
    }

    /// <summary>The builder loads add to.</summary>
    public GraphBuilder Builder { get; }

    /// <summary>Loads data files from disk; documents they name are read relative to each file.</summary>
    public LoadResult Load(params string[] paths)
    {
        var diagnostics = new List<KgDiagnostic>();
        var files = new List<OntologyFileSyntax>();
        foreach (var path in paths)
        {
            var full = PathUtilities.Normalize(Path.GetFullPath(path));
            var info = new FileInfo(full);
            var start = new SourceSpan(full, 0, 0, 1, 1, 1, 1);
            if (!info.Exists)
            {
                diagnostics.Add(Descriptors.DocumentNotFound.At(start, path, "(data file)", full));
            }
            else if (info.Length > _options.MaxFileBytes)
            {
                diagnostics.Add(Descriptors.LimitExceeded.At(start, $"The file has {info.Length} bytes, more than the limit of {_options.MaxFileBytes}"));
            }
            else
            {
                files.Add(Parse(full, LineEndings.Normalize(File.ReadAllText(full))));
            }
        }

        return diagnostics.Count > 0 ? new LoadResult(diagnostics.Concat(files.SelectMany(f => f.Diagnostics)).ToList(), 0, 0) : Load(files);
    }

    /// <summary>Loads one data file given as text; <paramref name="path"/> locates its diagnostics and the documents it names.</summary>
    public LoadResult LoadText(string path, string text) => Load(new[] { Parse(PathUtilities.Normalize(path), LineEndings.Normalize(text)) });

    private OntologyFileSyntax Parse(string path, string text)
    {
        if (text.Length > _options.MaxFileBytes)
        {
            var limit = Descriptors.LimitExceeded.At(new SourceSpan(path, 0, 0, 1, 1, 1, 1), $"The file has {text.Length} characters, more than the limit of {_options.MaxFileBytes}");
            return new OntologyFileSyntax(path, null, default, default, default, default, default, default, default, new[] { limit }.ToEquatableArray());
        }

        return OntologyFileParser.Parse(path, text, new YamlLimits(_options.MaxDepth, _options.MaxNodes, (int)Math.Min(int.MaxValue, _options.MaxFileBytes)));
    }

    private LoadResult Load(IReadOnlyList<OntologyFileSyntax> files)
    {
        var documents = new LoaderDocumentSource(_compiledDocuments, _options.MaxFileBytes);
        var binderOptions = new BinderOptions(_schema.DefaultNamespace);
        var result = Binder.Bind(_baseline.Concat(files), documents, binderOptions);
        var loaded = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        var diagnostics = result.Diagnostics
            .Where(d => loaded.Contains(d.Span.Path) || d.Severity == KgSeverity.Error)
            .Select(d => TooLarge(d, documents))
            .Concat(SchemaDeclarations(files))
            .Concat(IdsAlreadyInBuilder(files))
            .ToList();
        if (diagnostics.Any(d => d.Severity == KgSeverity.Error))
        {
            return new LoadResult(diagnostics, 0, 0);
        }

        _baselineModel ??= Binder.Bind(_baseline, documents, binderOptions).Model;
        var (entities, facts) = Materialize(result.Model, _baselineModel);
        Builder.AddRange(entities);
        Builder.AddRange(facts);
        _baseline.AddRange(files);
        _baselineModel = result.Model;
        return new LoadResult(diagnostics, entities.Count, facts.Count);
    }

    private (List<Entity> Entities, List<Fact> Facts) Materialize(OntologyModel model, OntologyModel baseline)
    {
        var known = new HashSet<string>(baseline.Entities.Concat(baseline.Events).Select(i => i.Id), StringComparer.Ordinal);
        var materializer = new InstanceMaterializer(_schema, Builder, model);
        foreach (var instance in model.Entities.Concat(model.Events).Where(i => !known.Contains(i.Id)))
        {
            materializer.Resolve(instance.Id);
        }

        var remaining = baseline.Facts.GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
        var facts = new List<Fact>();
        foreach (var fact in model.Facts)
        {
            if (remaining.TryGetValue(fact, out var count) && count > 0)
            {
                remaining[fact] = count - 1;
                continue;
            }

            facts.Add(materializer.CreateFact(fact));
        }

        return (materializer.Created, facts);
    }

    private static KgDiagnostic TooLarge(KgDiagnostic diagnostic, LoaderDocumentSource documents) =>
        diagnostic.Id == Descriptors.DocumentNotFound.Id && documents.TooLarge.Any(path => diagnostic.Message.Contains(path))
            ? Descriptors.LimitExceeded.At(diagnostic.Span, $"The document is larger than the limit; it was not read ({diagnostic.Message})")
            : diagnostic;

    private static IEnumerable<KgDiagnostic> SchemaDeclarations(IEnumerable<OntologyFileSyntax> files) =>
        files.SelectMany(f => f.Enums.Select(e => e.Name).Concat(f.Types.Select(t => t.Name)).Concat(f.Relations.Select(r => r.Name)))
            .Select(name => Descriptors.InvalidDeclaration.At(name.Span, $"'{name.Text}' declares schema; files loaded at run time may hold only documents, entities, events and facts (schema changes need a rebuild)"));

    private IEnumerable<KgDiagnostic> IdsAlreadyInBuilder(IEnumerable<OntologyFileSyntax> files) =>
        files.SelectMany(f => f.Entities.Concat(f.Events))
            .Where(i => Builder.Find(i.Name.Text) is not null && _schema.FindCompiled(i.Name.Text) is null)
            .Where(i => _baseline.All(b => b.Entities.Concat(b.Events).All(e => e.Name.Text != i.Name.Text)))
            .Select(i => Descriptors.DuplicateName.At(i.Name.Span, "Entity", i.Name.Text, "(an entity already in the graph builder)"));
}
