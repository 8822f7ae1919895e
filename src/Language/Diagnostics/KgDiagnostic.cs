using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>A problem found in an ontology file, reported the same way at build time and at run time.</summary>
/// <remarks>
/// <see cref="Message"/> is <see cref="MessageFormat"/> filled with <see cref="Arguments"/>: the build hands the format
/// and the arguments to the compiler, so tools that read diagnostics get the names and values apart from the sentence.
/// </remarks>
public sealed record KgDiagnostic(string Id, KgSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>The message with <c>{0}</c>, <c>{1}</c>, ... where the arguments go.</summary>
    public string MessageFormat { get; init; } = "{0}";

    /// <summary>The names and values from the file that the message quotes, as text, in the order of the format's placeholders.</summary>
    public EquatableArray<string> Arguments { get; init; }

    /// <summary>Other places the message names (the first statement of a fact stated twice), for tools that link them.</summary>
    public EquatableArray<SourceSpan> Related { get; init; }

    public override string ToString() =>
        $"{Span.Path}({Span.StartLine},{Span.StartColumn}): {(Severity == KgSeverity.Error ? "error" : "warning")} {Id}: {Message}";
}
