using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph;

/// <summary>
/// Loads data files (<c>documents</c>, <c>entities</c>, <c>events</c>, <c>facts</c>) into a graph builder at run time,
/// checked against the compiled ontology with the same rules and diagnostics as the build, and typed by the
/// generated classes. Each load binds only its own files, against the compiled symbol table extended by what earlier
/// loads declared. A load is all or nothing: with any error nothing is added and the loader is as it was. Loads on
/// one loader run one at a time (concurrent calls wait their turn).
/// </summary>
public sealed class GraphLoader
{
    private readonly OntologySchema _schema;
    private readonly LoaderOptions _options;
    private readonly object _gate = new();
    private readonly Dictionary<string, DocumentInfo> _documents = new(StringComparer.Ordinal);
    private SymbolTable _table;

    public GraphLoader(OntologySchema schema, GraphBuilder builder, LoaderOptions? options = null)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Builder = builder ?? throw new ArgumentNullException(nameof(builder));
        _options = options ?? LoaderOptions.Default;
        var compiled = schema.Compiled;
        _table = schema.Table.WithData(Array.Empty<DocumentEntry>(), compiled.Declarations, Array.Empty<DataFileEntry>());
        foreach (var document in compiled.AllDocuments)
        {
            _documents[document.Id] = document;
        }
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
        lock (_gate)
        {
            var documents = new LoaderDocumentSource(_schema.Compiled, _options.MaxFileBytes);
            var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var declared = DeclarationBinder.DeclareData(_table, ordered.Select(DeclarationBinder.Declarations));
            var bound = ordered.Select(f => FileBinder.Bind(f, declared.Table, documents)).ToList();
            var diagnostics = ordered.SelectMany(f => f.Diagnostics)
                .Concat(declared.Diagnostics)
                .Concat(bound.SelectMany(b => b.Diagnostics))
                .Concat(ReferenceCycles.Find(bound.SelectMany(b => b.References), acrossFilesOnly: true))
                .Select(d => TooLarge(d, documents))
                .Concat(SchemaDeclarations(files))
                .Concat(IdsAlreadyInBuilder(files));
            var sorted = DiagnosticOrder.Sort(diagnostics);
            if (sorted.Any(d => d.Severity == KgSeverity.Error))
            {
                return new LoadResult(sorted, 0, 0);
            }

            var models = bound.Where(b => b.Model is not null).Select(b => b.Model!).ToList();
            var (entities, facts) = Materialize(models);
            Builder.AddRange(entities);
            Builder.AddRange(facts);
            _table = declared.Table;
            return new LoadResult(sorted, entities.Count, facts.Count);
        }
    }

    private (List<Entity> Entities, List<Fact> Facts) Materialize(IReadOnlyList<DataFileModel> files)
    {
        foreach (var document in files.SelectMany(f => f.Documents))
        {
            _documents[document.Name] = new DocumentInfo(document.Name, document.Path, document.Title, document.Published is { } p ? PartialDate.Parse(p) : null);
        }

        var models = files.SelectMany(f => f.Instances).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var materializer = new InstanceMaterializer(_schema, id => Builder.Find(id) ?? _schema.FindCompiled(id), models, _documents);
        foreach (var instance in models.Values)
        {
            materializer.Resolve(instance.Id);
        }

        var facts = files.SelectMany(f => f.Facts).Select(materializer.CreateFact).ToList();
        return (materializer.Created, facts);
    }

    private static KgDiagnostic TooLarge(KgDiagnostic diagnostic, LoaderDocumentSource documents) =>
        diagnostic.Id == Descriptors.DocumentNotFound.Id && documents.TooLarge.Any(path => diagnostic.Message.Contains(path))
            ? Descriptors.LimitExceeded.At(diagnostic.Span, $"The document is larger than the limit; it was not read ({diagnostic.Message})")
            : diagnostic;

    private static IEnumerable<KgDiagnostic> SchemaDeclarations(IEnumerable<OntologyFileSyntax> files) =>
        files.SelectMany(f => f.Enums.Select(e => e.Name).Concat(f.Types.Select(t => t.Name)).Concat(f.Relations.Select(r => r.Name)))
            .Select(name => Descriptors.InvalidDeclaration.At(name.Span, $"'{name.Text}' declares schema; files loaded at run time may hold only documents, entities, events and facts (schema changes need a rebuild)"));

    /// <summary>Ids of entities added to the builder by code rather than by a load.</summary>
    private IEnumerable<KgDiagnostic> IdsAlreadyInBuilder(IEnumerable<OntologyFileSyntax> files) =>
        files.SelectMany(f => f.Entities.Concat(f.Events))
            .Where(i => _table.FindInstance(i.Name.Text) is null && Builder.Find(i.Name.Text) is not null)
            .Select(i => Descriptors.DuplicateName.At(i.Name.Span, "Entity", i.Name.Text, "(an entity already in the graph builder)"));
}
