using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
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
/// Loads data files (<c>documents</c>, <c>entities</c>, <c>events</c>, <c>facts</c>, <c>omitted</c>) into a graph builder at run time,
/// checked against the compiled ontology with the same rules and diagnostics as the build, and typed by the
/// generated classes. Each load binds only its own files, against the compiled symbol table extended by what earlier
/// loads declared. A load is all or nothing: with any error nothing is added and the loader is as it was. Loads on
/// one loader run one at a time (concurrent calls wait their turn).
/// </summary>
public sealed partial class GraphLoader
{
    private readonly OntologySchema _schema;
    private readonly LoaderOptions _options;
    private readonly object _gate = new();
    private readonly Dictionary<string, DocumentInfo> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _loadedTexts = new(StringComparer.Ordinal); // documents' texts by full path, as earlier loads read them
    private readonly DocumentPaths _paths;
    private readonly LoadedDataFiles _loadedFiles = new();
    private SymbolTable _table;

    public GraphLoader(OntologySchema schema, GraphBuilder builder, LoaderOptions? options = null)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Builder = builder ?? throw new ArgumentNullException(nameof(builder));
        _options = options ?? LoaderOptions.Default;
        _paths = new DocumentPaths(_options.TrustedFolders);
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
    public LoadResult Load(params string[] paths) => Load(paths, CancellationToken.None);

    /// <summary>
    /// Loads data files from disk, reporting progress per file; a cancelled load throws
    /// <see cref="OperationCanceledException"/> and adds nothing.
    /// </summary>
    public LoadResult Load(IReadOnlyList<string> paths, CancellationToken cancellationToken, IProgress<LoadProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using (Turn())
        {
            var reader = new BoundedReader(_options.MaxFileBytes, _options.MaxLoadBytes);
            var diagnostics = new List<KgDiagnostic>();
            var files = new List<OntologyFileSyntax>();
            var filesRead = new List<DataFileRead>();
            var full = paths.Select(p => PathUtilities.Normalize(Path.GetFullPath(p))).ToList();
            var total = full.Sum(p => File.Exists(p) ? new FileInfo(p).Length : 0);
            for (var i = 0; i < full.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadInto(files, filesRead, diagnostics, reader, full[i], paths[i]);
                progress?.Report(new LoadProgress(i + 1, full.Count, reader.BytesRead, Math.Max(total, reader.BytesRead)));
            }

            return diagnostics.Count > 0
                ? new LoadResult(DiagnosticOrder.Sort(diagnostics.Concat(files.SelectMany(f => f.Diagnostics))), 0, 0)
                : Load(files, reader, cancellationToken, filesRead: filesRead, progress: progress);
        }
    }

    /// <summary>Loads one data file given as text; <paramref name="path"/> locates its diagnostics and the documents it names.</summary>
    public LoadResult LoadText(string path, string text)
    {
        using (Turn())
        {
            // Absolute, as for files from disk: the documents it names are checked against its real folder.
            var full = PathUtilities.Normalize(Path.GetFullPath(path));
            var normalized = LineEndings.Normalize(text);
            var files = new List<OntologyFileSyntax> { Parse(full, normalized) };
            var filesRead = new List<DataFileRead> { new(full, LoadedDataFiles.Digest(normalized), System.Text.Encoding.UTF8.GetByteCount(normalized), files[0].DeclaresData) };
            normalized = null;
            return Load(files, new BoundedReader(_options.MaxFileBytes, _options.MaxLoadBytes), CancellationToken.None, filesRead: filesRead);
        }
    }

    /// <summary>
    /// Reads and parses one file into <paramref name="files"/>, or reports why it could not be read. A method of its own
    /// so that no frame of the caller holds the file's syntax: Load runs once, unoptimised, and such code keeps every
    /// local alive to its end, which would keep the syntax of the last file after the load has bound and dropped it.
    /// </summary>
    private void ReadInto(List<OntologyFileSyntax> files, List<DataFileRead> filesRead, List<KgDiagnostic> diagnostics, BoundedReader reader, string full, string given)
    {
        var start = new SourceSpan(full, 0, 0, 1, 1, 1, 1);
        var bytesBefore = reader.BytesRead;
        var (syntax, digest, problem) = ReadAndParse(reader, full);
        if (Directory.Exists(full))
        {
            diagnostics.Add(Descriptors.Limits.Folder.At(start, given, "*.kg.yaml"));
        }
        else if (problem == ReadProblem.NotFound)
        {
            diagnostics.Add(Descriptors.DocumentNotFound.At(start, $"The data file '{given}'", full, string.Empty));
        }
        else if (problem != ReadProblem.None)
        {
            diagnostics.Add(Descriptors.Limits.DataFileUnread.At(start, Describe(problem)));
        }
        else
        {
            files.Add(syntax!);
            filesRead.Add(new DataFileRead(full, digest!, reader.BytesRead - bytesBefore, syntax!.DeclaresData));
        }
    }

    /// <summary>Reads one file and parses it; its text is dropped when this returns (the syntax is all the load keeps).</summary>
    private (OntologyFileSyntax? Syntax, string? Digest, ReadProblem Problem) ReadAndParse(BoundedReader reader, string path)
    {
        var (text, problem) = reader.Read(path);
        if (problem != ReadProblem.None)
        {
            return (null, null, problem); // a folder is a problem too
        }

        text = LineEndings.Normalize(text!);
        return (Parse(path, text), LoadedDataFiles.Digest(text), problem);
    }

    private OntologyFileSyntax Parse(string path, string text)
    {
        if (text.Length > _options.MaxFileBytes)
        {
            var limit = Descriptors.Limits.FileTooLarge.At(new SourceSpan(path, 0, 0, 1, 1, 1, 1), text.Length, _options.MaxFileBytes);
            return new OntologyFileSyntax(path, null, default, default, default, default, default, default, default, default, new[] { limit }.ToEquatableArray());
        }

        // Compact: the bodies of its items are kept as bytes until bound, and each is syntax only while it is bound.
        return OntologyFileParser.Parse(path, text, new YamlLimits(_options.MaxDepth, _options.MaxNodes, (int)Math.Min(int.MaxValue, _options.MaxFileBytes)), compactData: true);
    }

    /// <summary>Binds <paramref name="files"/> against the symbol table and, when none has an error, adds what they hold to the builder.</summary>
    /// <param name="files">The parsed files of one load; emptied once they are declared (binding reads them through its own list).</param>
    /// <param name="reader">What the load may still read (the documents the files name).</param>
    /// <param name="cancellationToken">Stops the load between files, before anything is added.</param>
    /// <param name="isCascade">Diagnostics that only repeat one the reading of the files reported (RDF), left out.</param>
    /// <param name="filesRead">The digest of each YAML file's text (<see cref="LoadedDataFiles"/>); none for RDF, which is a set of triples that may be loaded again.</param>
    /// <param name="progress">Told of the binding's progress, with the sizes <paramref name="filesRead"/> gives.</param>
    private LoadResult Load(List<OntologyFileSyntax> files, BoundedReader reader, CancellationToken cancellationToken, Func<KgDiagnostic, bool>? isCascade = null, List<DataFileRead>? filesRead = null, IProgress<LoadProgress>? progress = null)
    {
        var documents = new LoaderDocumentSource(_schema.Compiled, reader, _loadedTexts);
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var repeated = RepeatedTexts(ordered, filesRead);
        var refused = RefusedDocuments(ordered, documents).ToList();
        var (declared, before) = Declare(ordered, refused);
        before.AddRange(repeated);

        files.Clear();

        // Objects are made as the binder hands each record over, unless an error is already known: then the files are
        // bound for their diagnostics alone.
        var binding = new BindingProgress(progress, filesRead, ordered.Count, cancellationToken);
        var records = before.Any(d => d.Severity == KgSeverity.Error)
            ? null
            : new LoadedRecords(_schema, id => Builder.Find(id) ?? _schema.FindCompiled(id), name => _documents.TryGetValue(name, out var known) ? known : null);
        var bound = BindEach(ordered, declared.Table, documents, records, binding, cancellationToken);
        var refusedAt = new HashSet<SourceSpan>(refused.Select(d => d.Span));
        var diagnostics = bound.SelectMany(b => b.Diagnostics).Where(d => !refusedAt.Contains(d.Span))
            .Concat(ReferenceCycles.Find(bound.SelectMany(b => b.References), acrossFilesOnly: true))
            .Concat(UnusedDocuments.Find(bound.Select(b => b.Documents)))
            .Concat(before)
            .Select(d => Unread(d, documents));
        var sorted = DiagnosticOrder.Sort(Cascades.Filter(isCascade is null ? diagnostics : diagnostics.Where(d => !isCascade(d)), ordered.Any(Cascades.IsUnreadable)));
        ordered.Clear();
        cancellationToken.ThrowIfCancellationRequested(); // a cancelled load throws, with or without errors
        if (records is null || sorted.Any(d => d.Severity == KgSeverity.Error))
        {
            return new LoadResult(sorted, 0, 0);
        }

        if (records.Stopped)
        {
            // A file met an error reported elsewhere that no file reported: adding what was made would lose data without a word.
            throw new InvalidOperationException("The load stopped making objects for an error that no diagnostic reports; please report this as a bug.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        records.Finish();
        Builder.Reserve(records.Entities.Count, records.Facts.Count);
        foreach (var document in records.Documents)
        {
            _documents[document.Id] = document;
            _loadedTexts[declared.Table.FindDocument(document.Id)!.ResolvedPath] = document.Text!;
            Builder.Add(document);
        }

        Builder.AddRange(records.Entities);
        Builder.AddRange(records.Facts);
        foreach (var omission in records.Omissions)
        {
            Builder.Add(omission);
        }

        _table = declared.Table.Compact();
        if (filesRead is not null)
        {
            _loadedFiles.Add(filesRead);
        }

        return new LoadResult(sorted, records.Entities.Count, records.Facts.Count);
    }

    /// <summary>
    /// The files of this load whose very text was loaded before, reported once each and taken out of
    /// <paramref name="ordered"/> and <paramref name="filesRead"/>: declared again, each of their ids would be reported too.
    /// </summary>
    /// <param name="ordered">The load's files, by path.</param>
    /// <param name="filesRead">The digest of each file, in the order the files were given (as <paramref name="ordered"/> before sorting).</param>
    private List<KgDiagnostic> RepeatedTexts(List<OntologyFileSyntax> ordered, List<DataFileRead>? filesRead)
    {
        if (filesRead is null)
        {
            return new List<KgDiagnostic>();
        }

        var sorted = filesRead.OrderBy(d => d.Path, StringComparer.Ordinal).ToList(); // stable, as the files' order
        filesRead.Clear();
        filesRead.AddRange(sorted);
        var repeated = _loadedFiles.Repeated(filesRead);
        foreach (var index in repeated.Select(r => r.Index).Reverse())
        {
            ordered.RemoveAt(index);
            filesRead.RemoveAt(index);
        }

        return repeated.Select(r => r.Diagnostic).ToList();
    }

    /// <summary>
    /// The declaration step, and the checks made before binding, with what they found. Apart from the caller, whose
    /// unoptimised frame would keep the entities' and events' headers read here alive through binding (see <see cref="ReadInto"/>).
    /// </summary>
    private (DeclarationResult Declared, List<KgDiagnostic> Before) Declare(List<OntologyFileSyntax> files, List<KgDiagnostic> refused)
    {
        var declarations = files.Select(DeclarationBinder.Declarations).ToList();
        var declared = DeclarationBinder.DeclareData(_table, declarations);
        var before = files.SelectMany(f => f.Diagnostics)
            .Concat(declared.Diagnostics)
            .Concat(refused)
            .Concat(SchemaDeclarations(declarations))
            .Concat(IdsAlreadyInBuilder(declarations, files))
            .ToList();
        return (declared, before);
    }

    /// <summary>Binds each file; apart from the caller, as a loop there would keep the last file's syntax alive to its end (see <see cref="ReadInto"/>).</summary>
    private static List<FileBindingResult> BindEach(List<OntologyFileSyntax> files, SymbolTable table, LoaderDocumentSource documents, LoadedRecords? records, BindingProgress progress, CancellationToken cancellationToken)
    {
        var bound = new List<FileBindingResult>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = FileBinder.Bind(file, table, documents, records, progress.Item);
            if (result.Incomplete || result.Diagnostics.Any(d => d.Severity == KgSeverity.Error))
            {
                records?.Stop();
            }

            bound.Add(result);
            progress.FileBound();
        }

        return bound;
    }

    /// <summary>The documents of the files whose path leads out of their folder, reported at the path and never read.</summary>
    private IEnumerable<KgDiagnostic> RefusedDocuments(IEnumerable<OntologyFileSyntax> files, LoaderDocumentSource documents)
    {
        foreach (var file in files)
        {
            foreach (var path in file.Documents.Select(d => d.Path).Where(p => p is not null).Select(p => p!))
            {
                var resolved = PathUtilities.ResolveRelativeTo(file.Path, path.Text);
                if (_paths.Problem(file.Path, path.Text) is { } problem)
                {
                    documents.Refused.Add(resolved);
                    yield return Descriptors.DocumentOutsideFolder.At(path.Span, path.Text, problem, ", or in a folder that LoaderOptions.TrustedFolders names");
                }
                else
                {
                    var dataFile = file.Path;
                    var before = documents.MayOpen.GetValueOrDefault(resolved);
                    documents.MayOpen[resolved] = real => _paths.MayOpen(dataFile, real) || before?.Invoke(real) == true;
                }
            }
        }
    }

    /// <summary>A document that was found but not read is reported as the limit it broke, not as missing.</summary>
    private KgDiagnostic Unread(KgDiagnostic diagnostic, LoaderDocumentSource documents)
    {
        if (diagnostic.Id != Descriptors.DocumentNotFound.Id)
        {
            return diagnostic;
        }

        var problem = documents.Problems.FirstOrDefault(p => p.Value != ReadProblem.NotFound && diagnostic.Arguments.Count > 1 && diagnostic.Arguments[1] == MessageText.Escape(p.Key));
        return problem.Key is null
            ? diagnostic
            : Descriptors.Limits.DocumentUnread.At(diagnostic.Span, diagnostic.Arguments[0], Describe(problem.Value));
    }

    private string Describe(ReadProblem problem) => problem switch
    {
        ReadProblem.NotAFile => "is not a regular file (a pipe, a device or a folder)",
        ReadProblem.TooLarge => $"is larger than the limit of {_options.MaxFileBytes} bytes (LoaderOptions.MaxFileBytes)",
        ReadProblem.MovedOut => "was changed, after its path was checked, into a link that leads out of the folder of the file that names it",
        _ => $"would take the load past its budget of {_options.MaxLoadBytes} bytes (LoaderOptions.MaxLoadBytes)",
    };

    private static IEnumerable<KgDiagnostic> SchemaDeclarations(IEnumerable<OntologyFileSyntax> files) =>
        files.SelectMany(f => f.Enums.Select(e => e.Name).Concat(f.Types.Select(t => t.Name)).Concat(f.Relations.Select(r => r.Name)))
            .Select(name => Descriptors.SchemaAtRunTime.At(name.Span, name.Text));

    /// <summary>Ids of entities and documents added to the builder by code rather than by a load.</summary>
    /// <param name="declarations">What the declaration step read of the files: their entities' and events' names.</param>
    /// <param name="files">The files themselves: their documents and omitted passages.</param>
    private IEnumerable<KgDiagnostic> IdsAlreadyInBuilder(IEnumerable<OntologyFileSyntax> declarations, IEnumerable<OntologyFileSyntax> files) =>
        declarations.SelectMany(f => f.Entities.Concat(f.Events))
            .Where(i => _table.FindInstance(i.Name.Text) is null && Builder.Find(i.Name.Text) is not null)
            .Select(i => Descriptors.DuplicateName.At(i.Name.Span, "Entity", i.Name.Text, "(an entity already in the graph builder)"))
            .Concat(files.SelectMany(f => f.Documents)
                .Where(d => _table.FindDocument(d.Name.Text) is null && Builder.FindDocument(d.Name.Text) is not null)
                .Select(d => Descriptors.DuplicateName.At(d.Name.Span, "Document", d.Name.Text, "(a document already in the graph builder)")))
            // An omission adds its document to the builder, which must not hold another document of that id.
            .Concat(files.SelectMany(f => f.Omissions)
                .Where(o => o.Document is { } d && _documents.TryGetValue(d.Text, out var known) && Builder.FindDocument(d.Text) is { } held && !held.Equals(known))
                .Select(o => Descriptors.DuplicateName.At(o.Document!.Span, "Document", o.Document.Text, "(another document with this id, added to the graph builder by code)")));
}
