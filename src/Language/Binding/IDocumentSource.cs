namespace KnowledgeGraph.Language.Binding;

/// <summary>Gives the binder the text of the documents that sources quote (AdditionalFiles at build time, files at run time).</summary>
public interface IDocumentSource
{
    /// <summary>The text of the file at <paramref name="path"/> (normalised with '/' separators), or null if there is none.</summary>
    string? GetText(string path);

    /// <summary>
    /// Why <paramref name="path"/> has no text, as the end of a sentence ("; ..."): a file whose name differs only in case,
    /// or where documents must be.
    /// </summary>
    string Missing(string path);

    /// <summary>
    /// Null when the document <paramref name="written"/> (as <paramref name="dataFile"/> names it) may be read; otherwise
    /// why not, and what else would be allowed, for KG0026.
    /// </summary>
    (string Problem, string Allowed)? Refuse(string dataFile, string written);
}
