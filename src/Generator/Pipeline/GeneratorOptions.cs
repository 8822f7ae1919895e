using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>
/// MSBuild properties that steer the generator: <c>KnowledgeGraphNamespace</c> (namespace of files that name none;
/// defaults to <c>RootNamespace</c>), <c>KnowledgeGraphAccessibility</c> (<c>public</c>, the default, or <c>internal</c>)
/// and <c>KnowledgeGraphBaseIri</c> (the base of the IRIs of RDF exports; the SDK checks it when the schema is made).
/// </summary>
internal sealed record GeneratorOptions(string? DefaultNamespace, string Accessibility, string? BaseIri = null, string? BaseIriProblem = null)
{
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var ns = Read(options, "KnowledgeGraphNamespace") ?? Read(options, "RootNamespace");
        var accessibility = Read(options, "KnowledgeGraphAccessibility")?.ToLowerInvariant() == "internal" ? "internal" : "public";
        var baseIri = Read(options, "KnowledgeGraphBaseIri");
        var problem = baseIri is null ? null : BaseIriRule.Problem(baseIri);
        return new GeneratorOptions(ns, accessibility, problem is null ? baseIri : null, problem);
    }

    /// <summary>KG0034 for a property whose value cannot be used (the generator then goes on with its default).</summary>
    public EquatableArray<KgDiagnostic> Diagnostics =>
        BaseIriProblem is { } problem
            ? new[] { Descriptors.InvalidBuildProperty.At(default, "KnowledgeGraphBaseIri", problem) }.ToEquatableArray()
            : default;

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
