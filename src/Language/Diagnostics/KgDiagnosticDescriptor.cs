using System;
using System.Globalization;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>
/// One kind of problem: its id, title, severity and message format. An id whose problem reads differently in different
/// places has one descriptor for each wording (<see cref="Worded"/>), all with the id's title, severity and help.
/// </summary>
public sealed record KgDiagnosticDescriptor(string Id, string Title, KgSeverity Severity, string MessageFormat)
{
    /// <summary>What the id means, in a sentence or two: the first words of its section of docs/diagnostics.md (tested).</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The section of docs/diagnostics.md that explains this id (a heading named by the id).</summary>
    public string HelpAnchor => Id.ToLowerInvariant();

    /// <summary>The same problem in other words: the same id, title and severity with another message format.</summary>
    public KgDiagnosticDescriptor Worded(string messageFormat) => this with { MessageFormat = messageFormat };

    /// <summary>
    /// The diagnostic at <paramref name="span"/>. Arguments become text (numbers in the invariant culture); text from a
    /// file is escaped (<see cref="MessageText"/>), except an internal error's report.
    /// </summary>
    public KgDiagnostic At(SourceSpan span, params object?[] arguments)
    {
        var texts = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var text = arguments[i] switch
            {
                null => string.Empty,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? string.Empty,
            };
            texts[i] = Id == "KG0025" ? text : MessageText.Escape(text);
        }

        var message = string.Format(CultureInfo.InvariantCulture, MessageFormat, texts);
        return new(Id, Severity, message, span) { MessageFormat = MessageFormat, Arguments = texts.ToEquatableArray() };
    }
}
