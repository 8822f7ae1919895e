using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Language.Tables;

/// <summary>What reading one table's records needs besides their bytes: the file, the schema, and the types read so far.</summary>
internal sealed class TableContext
{
    public TableContext(DataFileEntry file, SymbolTable schema, DataTableFormat.TypesRead types, FieldInterner interner)
    {
        File = file;
        Schema = schema;
        Types = types;
        Interner = interner;
    }

    /// <summary>Ids, enum members and booleans, one string each across the tables of one read.</summary>
    public FieldInterner Interner { get; }

    public DataFileEntry File { get; }

    /// <summary>The reader that reads kept records again, one at a time (<see cref="KeptInstance.ReadInto"/>).</summary>
    public TableReader KeptReader { get; } = new(System.Array.Empty<byte>());

    public SymbolTable Schema { get; }

    public DataTableFormat.TypesRead Types { get; }
}
