using System.Collections.Generic;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// The entities, events and facts of a file as binding reads them, once and in order: from its syntax, or from its
/// compact store when it was parsed for the loader (<see cref="OntologyFileSyntax.Compact"/>).
/// </summary>
internal static class FileItems
{
    /// <param name="release">Drops each item from the file once it is handed over: the file must not be read again.</param>
    public static IEnumerable<InstanceSyntax> Instances(OntologyFileSyntax file, bool events, bool release)
    {
        if (file.Compact is { } compact)
        {
            return compact.Instances(events, release);
        }

        return FromSyntax(events ? file.Events : file.Entities, release);
    }

    /// <inheritdoc cref="Instances"/>
    public static IEnumerable<FactSyntax> Facts(OntologyFileSyntax file, bool release) =>
        file.Compact is { } compact ? compact.Facts(release) : FromSyntax(file.Facts, release);

    public static int FactCount(OntologyFileSyntax file) => file.Compact?.FactCount ?? file.Facts.Count;

    /// <summary>The ids of the documents the sources of the file's entities, events and facts name, each once.</summary>
    public static IEnumerable<string> NamedDocuments(OntologyFileSyntax file)
    {
        if (file.Compact is { } compact)
        {
            return compact.NamedDocuments;
        }

        var named = new List<string>();
        foreach (var instance in file.Entities)
        {
            named.AddRange(SourceSyntax.Documents(instance.Sources));
        }

        foreach (var instance in file.Events)
        {
            named.AddRange(SourceSyntax.Documents(instance.Sources));
        }

        foreach (var fact in file.Facts)
        {
            named.AddRange(SourceSyntax.Documents(fact.Sources));
        }

        return named;
    }

    private static IEnumerable<T> FromSyntax<T>(Text.EquatableArray<T> items, bool release)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (release)
            {
                items.Release(i);
            }

            yield return item;
        }
    }
}
