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
    /// Opens the table for reading into <paramref name="sink"/>, phase by phase (<see cref="Reading.ReadThrough"/>). A
    /// deflated table is decoded and inflated as it is read, so no copy of the whole table is ever held; one that does
    /// not inflate, or not to its stated length, throws <see cref="FormatException"/>.
    /// </summary>
    internal Reading Open(SymbolTable schema, IDataTableSink sink, FieldInterner interner) => new(this, schema, sink, interner);

    /// <summary>One table being read: its inflating stream stays open between phases.</summary>
    internal sealed class Reading : IDisposable
    {
        private readonly DataTable _table;
        private readonly DeflateStream? _inflated;
        private readonly TableReader _reader;
        private readonly DataTableRead _read;

        public Reading(DataTable table, SymbolTable schema, IDataTableSink sink, FieldInterner interner)
        {
            _table = table;
            if (table._utf8 is not null)
            {
                _reader = new TableReader(table._utf8);
            }
            else
            {
                _inflated = new DeflateStream(new Base64TextStream(table._base64!), CompressionMode.Decompress);
                _reader = new TableReader(_inflated);
            }

            try
            {
                _read = new DataTableRead(_reader, table.ClassName, schema, sink, interner);
            }
            catch (InvalidDataException e)
            {
                _inflated?.Dispose(); // the caller gets no reading to dispose
                throw DoesNotInflate(e);
            }
            catch
            {
                _inflated?.Dispose();
                throw;
            }
        }

        /// <summary>The generated classes of the tables whose entities this table's entities name.</summary>
        public string[] Needs => _read.Needs;

        public string ClassName => _table.ClassName;

        public void ReadThrough(DataPhase phase)
        {
            try
            {
                _read.ReadThrough(phase);
            }
            catch (InvalidDataException e)
            {
                throw DoesNotInflate(e);
            }
        }

        /// <summary>Checks that the whole table was read, and to its stated length.</summary>
        public void End()
        {
            if (!_read.AtEnd)
            {
                throw new InvalidOperationException($"The data table of '{_table.ClassName}' was not read to its end.");
            }

            if (_inflated is not null && _reader.BytesRead != _table._inflatedLength)
            {
                throw new FormatException($"The data table of '{_table.ClassName}' does not inflate to {_table._inflatedLength} bytes; rebuild the project with this version of KnowledgeGraph.");
            }
        }

        public void Dispose() => _inflated?.Dispose();

        private FormatException DoesNotInflate(InvalidDataException e) =>
            new($"The data table of '{_table.ClassName}' does not inflate; rebuild the project with this version of KnowledgeGraph.", e);
    }
}
