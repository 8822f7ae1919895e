using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// Walks a section whose keys are the names it declares (<c>types</c>, <c>relations</c>, <c>entities</c>...), or one that
/// is a list (<c>facts</c>, <c>omitted</c>).
/// </summary>
internal static class SectionReader
{
    /// <summary>Each item of a list section; a section of another shape is reported as wanting <paramref name="shape"/>.</summary>
    public static void ForEachItem(MappingReader top, string section, string shape, List<KgDiagnostic> diagnostics, Action<YamlNode> read)
    {
        var node = top[section];
        if (node is null)
        {
            return;
        }

        if (node is not YamlSequence list)
        {
            diagnostics.Add(Descriptors.WrongShape.At(node.Span, $"The '{section}' section", shape, node.ShapeName));
            return;
        }

        foreach (var item in list.Items)
        {
            read(item);
        }
    }

    public static void ForEachNamed(MappingReader top, string section, List<KgDiagnostic> diagnostics, Action<YamlScalar, YamlNode> read)
    {
        var node = top[section];
        if (node is null)
        {
            return;
        }

        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(Descriptors.WrongShape.At(node.Span, $"The '{section}' section", "a mapping of names to declarations", node.ShapeName));
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            read(entry.Key, entry.Value);
        }
    }
}
