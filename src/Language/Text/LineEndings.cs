namespace KnowledgeGraph.Language.Text;

/// <summary>
/// Ontology files and documents are read with '\n' line breaks only, so that a checkout with CRLF line endings
/// generates byte-identical code and quote offsets count every line break as one character.
/// </summary>
public static class LineEndings
{
    public static string Normalize(string text) =>
        text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
}
