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
        : this(className, Encoding.UTF8.GetBytes(text))
    {
    }

    private DataTable(string className, byte[] utf8)
    {
        ClassName = className;
        Utf8 = utf8;
    }

    /// <summary>The generated class that holds the table.</summary>
    public string ClassName { get; }

    /// <summary>The table's text as UTF-8, which the reader splits into fields without making one string of the whole.</summary>
    internal byte[] Utf8 { get; }

    /// <summary>A large table, which the generator deflated and wrote in base64; <paramref name="utf8Length"/> is its length inflated.</summary>
    public static DataTable Deflated(string className, int utf8Length, string base64)
    {
        // Inflated into one buffer of the known size and read from there: a large table costs two allocations, not a growing
        // stream's many, and is never decoded into a string twice its size.
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

        return new DataTable(className, utf8);
    }
}
