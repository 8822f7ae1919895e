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

    public SymbolTable Schema { get; }

    public DataTableFormat.TypesRead Types { get; }
}
