using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Generator.Emit;
using KnowledgeGraph.Generator.Pipeline;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;
using Microsoft.CodeAnalysis;

namespace KnowledgeGraph.Generator;

/// <summary>
/// Compiles the project's <c>*.kg.yaml</c> AdditionalFiles into C#. Each file is parsed on its own; what the files
/// declare is gathered into one symbol table (which changes only when a declaration does) and the schema is bound;
/// then each file's data is bound on its own against the table and emitted as its own generated file. Code is emitted
/// from location-free models and diagnostics go to separate outputs, so an edit costs what it touches: an edit to one
/// data file re-binds and re-emits that file alone, and one that only moves text regenerates nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KnowledgeGraphGenerator : IIncrementalGenerator
{
    public const string FileSuffix = ".kg.yaml";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Where(static text => IsOntologyFile(text.Path))
            .Select(static (text, cancellation) => new TextFile(text.Path, LineEndings.Normalize(text.GetText(cancellation)?.ToString() ?? string.Empty)))
            .WithTrackingName(TrackingNames.OntologyTexts)
            .Select(static (file, _) => Parse(file))
            .WithTrackingName(TrackingNames.Parse);

        var documents = context.AdditionalTextsProvider
            .Where(static text => !IsOntologyFile(text.Path))
            .Select(static (text, cancellation) => new TextFile(PathUtilities.Normalize(text.Path), LineEndings.Normalize(text.GetText(cancellation)?.ToString() ?? string.Empty)))
            .WithTrackingName(TrackingNames.Documents)
            .Collect();

        var schemaDeclared = files
            .Select(static (file, _) => DeclarationBinder.SchemaDeclarations(file))
            .WithTrackingName(TrackingNames.SchemaDeclarations)
            .Collect()
            .Combine(options)
            .Select(static (input, _) => DeclareSchema(input.Left, input.Right))
            .WithTrackingName(TrackingNames.DeclareSchema);
        var schemaTable = schemaDeclared.Select(static (result, _) => result.Table).WithTrackingName(TrackingNames.SchemaTable);
        var dataDeclarations = files
            .Select(static (file, _) => DeclarationBinder.DataDeclarations(file))
            .WithTrackingName(TrackingNames.Declarations);
        var dataDeclared = dataDeclarations
            .Select(static (declarations, _) => DeclarationBinder.DataNames(declarations))
            .WithTrackingName(TrackingNames.DeclarationNames)
            .Collect()
            .Combine(schemaTable)
            .Select(static (input, _) => DeclareData(input.Right, input.Left))
            .WithTrackingName(TrackingNames.Declare);
        var table = dataDeclared.Select(static (result, _) => result.Table).WithTrackingName(TrackingNames.SymbolTable);
        var schema = schemaDeclared
            .Select(static (result, _) => result.Schema)
            .Combine(dataDeclared.Select(static (result, _) => (result.DataNamespaces, result.DataFiles)).WithTrackingName(TrackingNames.DataFiles))
            .Select(static (input, _) => input.Left with { DataNamespaces = input.Right.DataNamespaces, DataFiles = input.Right.DataFiles })
            .WithTrackingName(TrackingNames.Schema);

        var bound = files
            .Combine(table)
            .Combine(documents)
            .Select(static (input, _) => BindFile(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.BindFile);
        var data = bound.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.DataFile);

        var parseDiagnostics = files.Select(static (file, _) => file.Diagnostics);
        var namespaceDiagnostics = files.Combine(options).Select(static (input, _) => DeclarationBinder.NamespaceDiagnostics(input.Left, new BinderOptions(input.Right.DefaultNamespace)));
        var schemaDiagnostics = schemaDeclared.Select(static (result, _) => result.Diagnostics);
        // The table is declared from names alone; only when that finds something to report are the located
        // declarations declared again, for diagnostics at their places (an edit that moves text moves them too).
        var declarationDiagnostics = dataDeclared
            .Select(static (result, _) => !result.Diagnostics.IsEmpty)
            .Combine(dataDeclarations.Collect())
            .Combine(schemaTable)
            .Select(static (input, _) => input.Left.Left ? DeclareData(input.Right, input.Left.Right).Diagnostics : default)
            .WithTrackingName(TrackingNames.LocateDeclarations);
        var fileDiagnostics = bound.Select(static (result, _) => result.Diagnostics);
        var cycleDiagnostics = bound
            .Select(static (result, _) => result.References)
            .Collect()
            .Select(static (references, _) => ReferenceCycles.Find(references.SelectMany(r => r), acrossFilesOnly: true).ToEquatableArray())
            .WithTrackingName(TrackingNames.ReferenceCycles);
        var unusedDocuments = bound
            .Select(static (result, _) => result.Documents)
            .Collect()
            .Select(static (documents, _) => UnusedDocuments.Find(documents).ToEquatableArray())
            .WithTrackingName(TrackingNames.UnusedDocuments);
        var someFileUnreadable = files
            .Select(static (file, _) => Cascades.IsUnreadable(file))
            .Collect()
            .Select(static (unreadable, _) => unreadable.Contains(true))
            .WithTrackingName(TrackingNames.Unreadable);
        var help = options.Select(static (o, _) => o.DiagnosticsHelp);
        Report(context, parseDiagnostics, help);
        Report(context, namespaceDiagnostics, help);
        Report(context, schemaDiagnostics.Combine(someFileUnreadable).Select(static (input, _) => Cascades.Filter(input.Left, input.Right).ToEquatableArray()), help);
        Report(context, declarationDiagnostics.Combine(someFileUnreadable).Select(static (input, _) => Cascades.Filter(input.Left, input.Right).ToEquatableArray()), help);
        Report(context, fileDiagnostics.Combine(someFileUnreadable).Select(static (input, _) => Cascades.Filter(input.Left, input.Right).ToEquatableArray()), help);
        Report(context, cycleDiagnostics, help);
        Report(context, unusedDocuments.Combine(someFileUnreadable).Select(static (input, _) => Cascades.Filter(input.Left, input.Right).ToEquatableArray()), help);
        Report(context, options.Select(static (o, _) => o.Diagnostics), help);

        var loaderSchema = table.Select(static (t, _) => t.SchemaOnly()).WithTrackingName(TrackingNames.LoaderSchema);
        context.RegisterSourceOutput(schema.Combine(loaderSchema).Combine(options), static (output, input) =>
            Emit(output, input.Right.DiagnosticsHelp, () => OntologyEmitter.Emit(input.Left.Left, input.Left.Right, input.Right.Accessibility, input.Right.BaseIri).ToList()));
        context.RegisterSourceOutput(data.Combine(options), static (output, input) =>
        {
            // Every data file gets its class, even one whose every entry has an error: the compiled ontology names its table.
            if (input.Left is { } file)
            {
                Emit(output, input.Right.DiagnosticsHelp, () =>
                {
                    var generated = DataEmitter.Emit(file, input.Right.Accessibility, out var tooLarge);
                    if (tooLarge is { } size)
                    {
                        var tooLargeDiagnostic = Descriptors.Limits.TableTooLarge.At(new SourceSpan(file.File.Path, 0, 0, 1, 1, 1, 1), size.ToString("N0", CultureInfo.InvariantCulture), TableLiteral.MaxCompressedChars.ToString("N0", CultureInfo.InvariantCulture));
                        output.ReportDiagnostic(DiagnosticReporter.ToRoslyn(tooLargeDiagnostic, input.Right.DiagnosticsHelp));
                    }

                    return new[] { generated };
                });
            }
        });
    }

    private static bool IsOntologyFile(string path) => path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<KgDiagnostic>> diagnostics, IncrementalValueProvider<string?> help) =>
        context.RegisterSourceOutput(diagnostics.Combine(help), static (output, input) => ReportAll(output, input.Left, input.Right));

    private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<KgDiagnostic>> diagnostics, IncrementalValueProvider<string?> help) =>
        context.RegisterSourceOutput(diagnostics.Combine(help), static (output, input) => ReportAll(output, input.Left, input.Right));

    private static void ReportAll(SourceProductionContext output, EquatableArray<KgDiagnostic> diagnostics, string? help)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(DiagnosticReporter.ToRoslyn(diagnostic, help));
        }
    }

    private static OntologyFileSyntax Parse(TextFile file)
    {
        try
        {
            return OntologyFileParser.Parse(file.Path, file.Text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(file.Path, exception);
        }
    }

    private static DeclarationResult DeclareSchema(ImmutableArray<OntologyFileSyntax> files, GeneratorOptions options)
    {
        try
        {
            return DeclarationBinder.DeclareSchema(files, new BinderOptions(options.DefaultNamespace));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var empty = new SymbolTable(options.DefaultNamespace, default, default, default, default, default, default, default);
            return new DeclarationResult(empty, SchemaModel.Empty, Failure(files, exception));
        }
    }

    private static DataDeclarationResult DeclareData(SymbolTable schema, ImmutableArray<OntologyFileSyntax> files)
    {
        try
        {
            return DeclarationBinder.DeclareCompiledData(schema, files);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new DataDeclarationResult(schema, default, default, Failure(files, exception));
        }
    }

    /// <summary>An exception of a step over every file, reported at the first file (a bug: KG0025).</summary>
    private static EquatableArray<KgDiagnostic> Failure(ImmutableArray<OntologyFileSyntax> files, Exception exception)
    {
        var path = files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;
        return new[] { Descriptors.InternalError.At(new SourceSpan(path, 0, 0, 1, 1, 1, 1), exception.ToString()) }.ToEquatableArray();
    }

    private static FileBindingResult BindFile(OntologyFileSyntax file, SymbolTable table, ImmutableArray<TextFile> documents)
    {
        try
        {
            return FileBinder.Bind(file, table, new DocumentTexts(documents));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The file's class is still emitted (empty), so one failing file costs its own data, not the whole build.
            var failure = Descriptors.InternalError.At(new SourceSpan(file.Path, 0, 0, 1, 1, 1, 1), exception.ToString());
            var empty = table.FindDataFile(file.Path) is { } entry ? new DataFileModel(entry, default, default, default) : null;
            return new FileBindingResult(empty, default, new[] { failure }.ToEquatableArray(), DocumentUses.None);
        }
    }

    private static OntologyFileSyntax Failed(string path, Exception exception)
    {
        var failure = Descriptors.InternalError.At(new SourceSpan(path, 0, 0, 1, 1, 1, 1), exception.Message);
        return new OntologyFileSyntax(path, null, default, default, default, default, default, default, default, default, new[] { failure }.ToEquatableArray());
    }

    private static void Emit(SourceProductionContext output, string? help, Func<System.Collections.Generic.IReadOnlyList<GeneratedFile>> emit)
    {
        System.Collections.Generic.IReadOnlyList<GeneratedFile> files;
        try
        {
            files = emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Emitting nothing is better than a half-written file; the error says why.
            output.ReportDiagnostic(DiagnosticReporter.ToRoslyn(Descriptors.InternalError.At(default, exception.ToString()), help));
            return;
        }

        foreach (var file in files)
        {
            output.AddSource(file.HintName, file.Text);
        }
    }
}
