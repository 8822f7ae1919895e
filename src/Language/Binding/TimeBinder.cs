using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Checks the <c>date</c> or <c>start</c>/<c>end</c> of an event or fact.</summary>
internal static class TimeBinder
{
    /// <summary>
    /// False when a date is invalid (reported); <paramref name="time"/> is null when none is given. The one <c>date</c> of a
    /// fact of a lasting relation is when it started to hold: its end stays open.
    /// </summary>
    public static bool TryBind(TimeSyntax? syntax, DiagnosticBag context, out TimeModel? time, bool lasting = false)
    {
        time = null;
        if (syntax is null)
        {
            return true;
        }

        var ok = Parse(syntax.Date, context, out var date) & Parse(syntax.Start, context, out var start) & Parse(syntax.End, context, out var end);
        if (!ok)
        {
            return false;
        }

        if (date is { } single)
        {
            time = new TimeModel(single.ToString(), lasting ? null : single.ToString());
            return true;
        }

        if (start is { } s && end is { } e && e.End <= s.Earliest && !(s == e))
        {
            context.Report(Descriptors.EndBeforeStart, syntax.End!.Span, syntax.End.Text, syntax.Start!.Text);
            return false;
        }

        time = new TimeModel(start?.ToString(), end?.ToString());
        return true;
    }

    private static bool Parse(Located? text, DiagnosticBag context, out PartialDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (PartialDate.TryParse(text.Text, out var parsed))
        {
            date = parsed;
            return true;
        }

        context.Report(Descriptors.InvalidDate, text.Span, text.Text, PartialDate.IsInstantOutOfRange(text.Text) ? "; this one is in that form, but taken to UTC it falls outside the years 1 to 9999" : PartialDate.WhyNoSuchDay(text.Text));
        return false;
    }
}
