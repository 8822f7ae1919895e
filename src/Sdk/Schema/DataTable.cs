using System;
using System.ComponentModel;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph;

/// <summary>
/// The data of one compiled ontology file as the generator embedded it: a table of documents, entities, events and
/// facts, read once at the first use of compiled data. Generated code makes these; user code has no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataTable
{
    public DataTable(string className, string text)
    {
        ClassName = className;
        Text = text;
    }

    /// <summary>The generated class that holds the table.</summary>
    public string ClassName { get; }

    internal string Text { get; }

    /// <summary>A large table, which the generator deflated and wrote in base64.</summary>
    public static DataTable Deflated(string className, string base64)
    {
        using var deflate = new DeflateStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        return new DataTable(className, reader.ReadToEnd());
    }
}
