using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>Walks a section whose keys are the names it declares (<c>types</c>, <c>relations</c>, <c>entities</c>...).</summary>
internal static class SectionReader
{
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
