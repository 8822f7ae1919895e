using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGraph.Generator.Pipeline;

/// <summary>
/// MSBuild properties that steer the generator: <c>KnowledgeGraphNamespace</c> (namespace of files that name none;
/// defaults to <c>RootNamespace</c>), <c>KnowledgeGraphAccessibility</c> (<c>public</c>, the default, or <c>internal</c>)
/// and <c>KnowledgeGraphBaseIri</c> (the base of the IRIs of RDF exports; the SDK checks it when the schema is made).
/// </summary>
internal sealed record GeneratorOptions(string? DefaultNamespace, string Accessibility, string? BaseIri = null)
{
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var ns = Read(options, "KnowledgeGraphNamespace") ?? Read(options, "RootNamespace");
        var accessibility = Read(options, "KnowledgeGraphAccessibility")?.ToLowerInvariant() == "internal" ? "internal" : "public";
        return new GeneratorOptions(ns, accessibility, Read(options, "KnowledgeGraphBaseIri"));
    }

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
