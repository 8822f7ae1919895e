using System;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>
/// MSBuild properties that steer the generator: <c>KnowledgeGraphNamespace</c> (namespace of files that name none;
/// defaults to <c>RootNamespace</c>), <c>KnowledgeGraphAccessibility</c> (<c>public</c>, the default, or <c>internal</c>)
/// <c>KnowledgeGraphBaseIri</c> (the base of the IRIs of RDF exports; the SDK checks it when the schema is made) and
/// <c>KnowledgeGraphDiagnosticsHelp</c> (the address of docs/diagnostics.md that help links point into; the package
/// sets it to its own copy).
/// </summary>
internal sealed record GeneratorOptions(
    string? DefaultNamespace, string Accessibility, string? BaseIri = null, string? BaseIriProblem = null, string? DiagnosticsHelp = null, string? DiagnosticsHelpProblem = null)
{
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var ns = Read(options, "KnowledgeGraphNamespace") ?? Read(options, "RootNamespace");
        var accessibility = Read(options, "KnowledgeGraphAccessibility")?.ToLowerInvariant() == "internal" ? "internal" : "public";
        var baseIri = Read(options, "KnowledgeGraphBaseIri");
        var problem = baseIri is null ? null : BaseIriRule.Problem(baseIri);
        var help = Read(options, "KnowledgeGraphDiagnosticsHelp");
        var helpProblem = help is null ? null : HelpProblem(help);
        var packageHelp = Read(options, "_KnowledgeGraphPackageDiagnosticsHelp");
        var usableHelp = help is not null && helpProblem is null ? help : packageHelp is not null && HelpProblem(packageHelp) is null ? packageHelp : null;
        return new GeneratorOptions(ns, accessibility, problem is null ? baseIri : null, problem, usableHelp is null ? null : new Uri(usableHelp).AbsoluteUri, helpProblem);
    }

    /// <summary>KG0034 for each property whose value cannot be used (the generator then goes on with its default).</summary>
    public EquatableArray<KgDiagnostic> Diagnostics =>
        new[] { ("KnowledgeGraphBaseIri", BaseIriProblem), ("KnowledgeGraphDiagnosticsHelp", DiagnosticsHelpProblem) }
            .Where(p => p.Item2 is not null)
            .Select(p => Descriptors.InvalidBuildProperty.At(default, p.Item1, p.Item2))
            .ToEquatableArray();

    /// <summary>Why a help address cannot be used: it must be an absolute http, https or file URI without a fragment (the id's anchor is added).</summary>
    private static string? HelpProblem(string value) =>
        !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "file")
            ? $"'{value}' is not an absolute http, https or file URI; write the address of docs/diagnostics.md, such as https://example.com/knowledgegraph/diagnostics.md"
            : value.Contains("#")
                ? $"'{value}' has a fragment ('#'); leave it out, as each diagnostic adds the anchor of its own section"
                : null;

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
