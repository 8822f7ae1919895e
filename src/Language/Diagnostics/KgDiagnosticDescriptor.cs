using System.Globalization;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>One kind of problem: its id, title, severity and message format.</summary>
public sealed record KgDiagnosticDescriptor(string Id, string Title, KgSeverity Severity, string MessageFormat)
{
    /// <summary>The diagnostic at <paramref name="span"/>; text arguments are escaped (<see cref="MessageText"/>), except an internal error's report.</summary>
    public KgDiagnostic At(SourceSpan span, params object?[] arguments)
    {
        if (Id != "KG0025")
        {
            for (var i = 0; i < arguments.Length; i++)
            {
                if (arguments[i] is string text)
                {
                    arguments[i] = MessageText.Escape(text);
                }
            }
        }

        return new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments), span);
    }
}
