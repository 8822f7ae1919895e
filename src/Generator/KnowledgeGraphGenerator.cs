using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeGraph.Generator.Emit;
using KnowledgeGraph.Generator.Pipeline;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;
using Microsoft.CodeAnalysis;

namespace KnowledgeGraph.Generator;

/// <summary>
/// Compiles the project's <c>*.kg.yaml</c> AdditionalFiles into C#: parse each file (cached per file), bind them
/// together with the documents they quote, then emit code from the location-free model and report diagnostics on
/// a separate output, so that a change which only moves a diagnostic does not regenerate code.
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

        var ontologyTexts = context.AdditionalTextsProvider
            .Where(static text => IsOntologyFile(text.Path))
            .Select(static (text, cancellation) => new TextFile(text.Path, LineEndings.Normalize(text.GetText(cancellation)?.ToString() ?? string.Empty)))
            .WithTrackingName(TrackingNames.OntologyTexts);

        var files = ontologyTexts
            .Select(static (file, _) => Parse(file))
            .WithTrackingName(TrackingNames.Parse);

        var documents = context.AdditionalTextsProvider
            .Where(static text => !IsOntologyFile(text.Path))
            .Select(static (text, cancellation) => new TextFile(PathUtilities.Normalize(text.Path), LineEndings.Normalize(text.GetText(cancellation)?.ToString() ?? string.Empty)))
            .WithTrackingName(TrackingNames.Documents);

        var bound = files.Collect()
            .Combine(documents.Collect())
            .Combine(options)
            .Select(static (input, _) => Bind(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Bind);

        var model = bound.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.Model);
        var diagnostics = bound.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (var diagnostic in list)
            {
                output.ReportDiagnostic(DiagnosticReporter.ToRoslyn(diagnostic));
            }
        });

        context.RegisterSourceOutput(model.Combine(options), static (output, input) => Emit(output, input.Left, input.Right));

        var compiledSources = ontologyTexts.Collect()
            .Combine(files.Collect())
            .Combine(documents.Collect())
            .Select(static (input, _) => CompiledSourceSet.From(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.CompiledSources);
        context.RegisterSourceOutput(compiledSources.Combine(options), static (output, input) =>
        {
            if (!input.Left.Files.IsEmpty)
            {
                var generated = SourcesEmitter.Emit(input.Left, input.Right.DefaultNamespace);
                output.AddSource(generated.HintName, generated.Text);
            }
        });
    }

    private static bool IsOntologyFile(string path) => path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    private static OntologyFileSyntax Parse(TextFile file)
    {
        try
        {
            return OntologyFileParser.Parse(file.Path, file.Text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = Descriptors.InternalError.At(new SourceSpan(file.Path, 0, 0, 1, 1, 1, 1), exception.Message);
            return new OntologyFileSyntax(file.Path, null, default, default, default, default, default, default, default, new[] { failure }.ToEquatableArray());
        }
    }

    private static BindingResult Bind(ImmutableArray<OntologyFileSyntax> files, ImmutableArray<TextFile> documents, GeneratorOptions options)
    {
        try
        {
            return Binder.Bind(files, new DocumentTexts(documents), new BinderOptions(options.DefaultNamespace));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;
            var failure = Descriptors.InternalError.At(new SourceSpan(path, 0, 0, 1, 1, 1, 1), exception.ToString());
            return new BindingResult(OntologyModel.Empty, new[] { failure }.ToEquatableArray());
        }
    }

    private static void Emit(SourceProductionContext output, OntologyModel model, GeneratorOptions options)
    {
        List<GeneratedFile> files;
        try
        {
            files = OntologyEmitter.Emit(model, options.Accessibility).ToList();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Emitting nothing is better than a half-written ontology; the error says why.
            output.ReportDiagnostic(DiagnosticReporter.ToRoslyn(Descriptors.InternalError.At(default, exception.ToString())));
            return;
        }

        foreach (var file in files)
        {
            output.AddSource(file.HintName, file.Text);
        }
    }
}
