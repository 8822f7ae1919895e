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

    /// <summary>A large table, which the generator deflated and wrote in base64; <paramref name="utf8Length"/> is its length inflated.</summary>
    public static DataTable Deflated(string className, int utf8Length, string base64)
    {
        // Inflated into one buffer of the known size, then decoded once: a large table costs two allocations, not a growing stream's many.
        var utf8 = new byte[utf8Length];
        using var deflate = new DeflateStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        var read = 0;
        while (read < utf8.Length && deflate.Read(utf8, read, utf8.Length - read) is var count and > 0)
        {
            read += count;
        }

        if (read != utf8.Length || deflate.ReadByte() != -1)
        {
            throw new FormatException($"The data table of '{className}' does not inflate to {utf8Length} bytes; rebuild the project with this version of KnowledgeGraph.");
        }

        return new DataTable(className, Encoding.UTF8.GetString(utf8));
    }
}
