namespace KnowledgeGraph.Language.Yaml;

/// <summary>A place in a YAML text as a parser reports it: the character's index and its 1-based line and column.</summary>
internal readonly record struct YamlMark(int Index, int Line, int Column);
