namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// An entity or event record kept to be made later, because it names something further down the tables: the
/// record's own bytes (a fraction of what a model of it costs, and nothing that lives on in the collector's older
/// generations but that array), read again into an <see cref="InstanceRecord"/> when its turn comes.
/// </summary>
public sealed class KeptInstance
{
    private readonly byte[] _bytes;
    private readonly TableContext _context;
    private readonly int _ordinal; // the record's place among its table's entities and events, which gives its id

    internal KeptInstance(string id, int ordinal, byte[] bytes, TableContext context)
    {
        Id = id;
        _ordinal = ordinal;
        _bytes = bytes;
        _context = context;
    }

    public string Id { get; }

    /// <summary>
    /// Reads the record into <paramref name="record"/>, as the table's reader first read it, through
    /// <paramref name="reader"/>, which it starts anew (one reader serves every kept record a caller reads, one at a time;
    /// a reader is not shared between threads).
    /// </summary>
    public void ReadInto(InstanceRecord record, TableReader reader)
    {
        reader.Restart(_bytes);
        DataTableFormat.ReadKept(reader, _context, record, _ordinal);
    }
}
