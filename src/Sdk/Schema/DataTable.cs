using System;
using System.ComponentModel;
using System.IO;
using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Tables;

namespace KnowledgeGraph;

/// <summary>
/// The data of one compiled ontology file as the generator embedded it: a table of documents, entities, events and
/// facts, read once at the first use of compiled data. Generated code makes these; user code has no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataTable
{
    private readonly byte[]? _utf8;
    private readonly string[]? _base64;
    private readonly int _inflatedLength;

    public DataTable(string className, string text)
    {
        ClassName = className;
        _utf8 = Encoding.UTF8.GetBytes(text);
    }

    private DataTable(string className, int inflatedLength, string[] base64)
    {
        ClassName = className;
        _inflatedLength = inflatedLength;
        _base64 = base64;
    }

    /// <summary>The generated class that holds the table.</summary>
    public string ClassName { get; }

    /// <summary>A large table, which the generator deflated and wrote in base64; <paramref name="utf8Length"/> is its length inflated.</summary>
    public static DataTable Deflated(string className, int utf8Length, string base64) => new(className, utf8Length, new[] { base64 });

    /// <summary>
    /// A large table, deflated and written in base64 as consecutive parts of whole 4-character blocks (literals short
    /// enough for the runtime to keep out of the collected heap); <paramref name="utf8Length"/> is its length inflated.
    /// </summary>
    public static DataTable Deflated(string className, int utf8Length, params string[] base64Parts)
    {
        ArgumentNullException.ThrowIfNull(base64Parts);
        if (Array.IndexOf(base64Parts, null) >= 0)
        {
            throw new ArgumentException("A part of a compiled data table is null; rebuild the project with this version of KnowledgeGraph.", nameof(base64Parts));
        }

        return new(className, utf8Length, (string[])base64Parts.Clone());
    }

    /// <summary>
    /// Reads the table into <paramref name="sink"/>. A deflated table is decoded and inflated as it is read, so no copy of
    /// the whole table is ever held; one that does not inflate to its stated length throws <see cref="FormatException"/>.
    /// </summary>
    internal void Read(SymbolTable schema, IDataTableSink sink, FieldInterner interner)
    {
        if (_utf8 is not null)
        {
            DataTableFormat.Read(new TableReader(_utf8), ClassName, schema, sink, interner);
            return;
        }

        long read;
        try
        {
            using var inflated = new DeflateStream(new Base64TextStream(_base64!), CompressionMode.Decompress);
            var reader = new TableReader(inflated);
            DataTableFormat.Read(reader, ClassName, schema, sink, interner);
            read = reader.BytesRead;
        }
        catch (InvalidDataException e)
        {
            throw new FormatException($"The data table of '{ClassName}' does not inflate; rebuild the project with this version of KnowledgeGraph.", e);
        }

        if (read != _inflatedLength)
        {
            throw new FormatException($"The data table of '{ClassName}' does not inflate to {_inflatedLength} bytes; rebuild the project with this version of KnowledgeGraph.");
        }
    }
}
