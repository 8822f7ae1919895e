using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Language.Tables;

/// <summary>What reading one table's records needs besides their bytes: the file, the schema, its ids, and the types read so far.</summary>
internal sealed class TableContext
{
    public TableContext(DataFileEntry file, SymbolTable schema, DataTableFormat.TypesRead types, FieldInterner interner, string[] ids, int ownCount)
    {
        File = file;
        Schema = schema;
        Types = types;
        Interner = interner;
        Ids = ids;
        OwnCount = ownCount;
    }

    /// <summary>Enum members and booleans, one string each across the tables of one read.</summary>
    public FieldInterner Interner { get; }

    public DataFileEntry File { get; }

    public SymbolTable Schema { get; }

    public DataTableFormat.TypesRead Types { get; }

    /// <summary>The table's ids by number (<see cref="TableIds"/>): its own entities and events first, then other files' ids it names.</summary>
    public string[] Ids { get; }

    /// <summary>How many of <see cref="Ids"/> are the table's own entities and events.</summary>
    public int OwnCount { get; }

    /// <summary>The place among the table's entities and events of the next such record read.</summary>
    public int NextOrdinal { get; set; }
}
