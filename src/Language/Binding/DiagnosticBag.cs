using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Collects the diagnostics of a binding step.</summary>
internal class DiagnosticBag
{
    private int _checked;
    private bool _hasErrors;

    public List<KgDiagnostic> Diagnostics { get; } = new();

    /// <summary>Whether an error has been reported so far (each diagnostic is looked at once, however often this is asked).</summary>
    public bool HasErrors
    {
        get
        {
            for (; !_hasErrors && _checked < Diagnostics.Count; _checked++)
            {
                _hasErrors = Diagnostics[_checked].Severity == KgSeverity.Error;
            }

            return _hasErrors;
        }
    }

    /// <summary>
    /// Whether binding left something out without a report because its cause is reported elsewhere (a reference to a
    /// broken declaration, perhaps later in the file or in another file): what is bound from then on may be incomplete.
    /// </summary>
    public bool MetErrorElsewhere { get; private set; }

    /// <summary>What this step's "did you mean" suggestions may still spend.</summary>
    public SuggestionBudget SuggestionBudget { get; } = new();

    /// <summary>"; did you mean 'x'?" for the candidate closest to <paramref name="actual"/>, within this step's budget.</summary>
    public string DidYouMean(string actual, IEnumerable<string> candidates) => Suggestions.DidYouMean(actual, candidates, SuggestionBudget);

    public string HintForUnknownKey(string key, bool splitNumber, IEnumerable<string> candidates) => Suggestions.ForUnknownKey(key, splitNumber, candidates, SuggestionBudget);

    public void Report(KgDiagnostic diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>Notes that something was left out for an error reported elsewhere (see <see cref="MetErrorElsewhere"/>).</summary>
    public void LeftOutForErrorElsewhere() => MetErrorElsewhere = true;

    public void Report(KgDiagnosticDescriptor descriptor, SourceSpan span, params object?[] arguments) =>
        Diagnostics.Add(descriptor.At(span, arguments));

    /// <summary>True when <paramref name="name"/> can become a C# identifier; reports it otherwise.</summary>
    public bool CheckIdentifier(Located name)
    {
        if (Identifiers.Problem(name.Text) is { } problem)
        {
            Report(Descriptors.InvalidIdentifier, name.Span, name.Text, problem);
            return false;
        }

        if (Scripts.Mixed(name.Text) is { } mixed)
        {
            Report(Descriptors.MixedScripts, name.Span, name.Text, mixed.One, mixed.Other, mixed.Odd);
            return false;
        }

        return true;
    }

    /// <summary>The diagnostics in file, position, id and message order, each once.</summary>
    public EquatableArray<KgDiagnostic> Sorted() => Sort(Diagnostics);

    public static EquatableArray<KgDiagnostic> Sort(IEnumerable<KgDiagnostic> diagnostics) => DiagnosticOrder.Sort(diagnostics);
}
