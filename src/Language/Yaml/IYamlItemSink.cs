namespace KnowledgeGraph.Language.Yaml;

/// <summary>
/// Takes the items of chosen top-level sections while the YAML is read, so that the tree of a large file never holds
/// them all: each item is handed over as soon as it ends, and once read it is garbage that dies young. The tree keeps
/// such a section, empty.
/// </summary>
public interface IYamlItemSink
{
    /// <summary>Whether the items of the top-level section <paramref name="section"/>, a mapping of names or a list, are handed over.</summary>
    bool Takes(string section, bool isMapping);

    /// <summary>An item of a section taken: its name in a mapping (null in a list) and its value.</summary>
    void Item(string section, YamlScalar? name, YamlNode value);
}
