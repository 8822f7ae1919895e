using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// One C# scope (a namespace, a class): reports two ontology names that would become the same identifier,
/// instead of renaming one of them silently.
/// </summary>
internal sealed class ClrNameScope
{
    private readonly Dictionary<string, (string What, Located Name)> _names;
    private readonly Dictionary<string, Located> _skeletons;
    private readonly string _scope;

    /// <param name="capacity">How many names are about to be added, when known.</param>
    public ClrNameScope(string scope, int capacity = 0)
    {
        _scope = scope;
        _names = new(capacity, StringComparer.Ordinal);
        _skeletons = new(capacity, StringComparer.Ordinal);
    }

    /// <summary>Reserves a name the generator itself emits into this scope.</summary>
    public void Reserve(string clrName, string what) => _names[clrName] = (what, new Located(clrName, default));

    public bool Add(string clrName, string what, Located name, DiagnosticBag context)
    {
        if (!_names.TryGetValue(clrName, out var existing))
        {
            var skeleton = Scripts.Skeleton(clrName);
            if (_skeletons.TryGetValue(skeleton, out var lookAlike))
            {
                context.Report(Descriptors.MisleadingText, name.Span, name.Text, lookAlike.Text, lookAlike.Span);
                return false;
            }

            _names.Add(clrName, (what, name));
            _skeletons[skeleton] = name;
            return true;
        }

        if (existing.Name.Span.Path is null)
        {
            context.Report(Descriptors.ReservedName, name.Span, name.Text, existing.What, MessageText.Article(what));
        }
        else if (existing.Name.Text != name.Text)
        {
            context.Report(Descriptors.IdentifierClash, name.Span, MappingReader.Capitalize(what), name.Text, existing.Name.Text, clrName, _scope);
        }
        else
        {
            // The same name declared twice (in one file or two of one namespace): both places, never a silent drop.
            context.Report(Descriptors.DuplicateName, name.Span, MappingReader.Capitalize(what), name.Text, existing.Name.Span);
            context.Report(Descriptors.DuplicateName, existing.Name.Span, MappingReader.Capitalize(what), name.Text, name.Span);
        }

        return false;
    }
}
