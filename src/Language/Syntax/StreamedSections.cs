using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// Reads the items of a file's data sections into its syntax while the YAML is read (<see cref="IYamlItemSink"/>). The
/// problems found are kept per section and reported where the section would have been read from the tree, so a file
/// gives the same diagnostics, in the same order, either way.
/// </summary>
internal sealed class StreamedSections : IYamlItemSink
{
    private readonly OntologyFileParser.FileBuilder _file;
    private readonly Dictionary<string, List<KgDiagnostic>> _diagnostics = new(System.StringComparer.Ordinal);

    public StreamedSections(OntologyFileParser.FileBuilder file) => _file = file;

    public bool Takes(string section, bool isMapping)
    {
        if (DataSectionReader.IsItemSection(section, isMapping))
        {
            _diagnostics[section] = new List<KgDiagnostic>();
            return true;
        }

        return false;
    }

    public void Item(string section, YamlScalar? name, YamlNode value) => DataSectionReader.ReadItem(section, name, value, _file, _diagnostics[section]);

    /// <summary>What reading the items of <paramref name="section"/> found, when the section was taken.</summary>
    public IReadOnlyList<KgDiagnostic>? DiagnosticsOf(string section) => _diagnostics.TryGetValue(section, out var found) ? found : null;
}
