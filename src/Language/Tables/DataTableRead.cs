using System;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// The phases of reading compiled data: every table's documents and entities, then every table's events, then every
/// table's facts and omitted passages. Read so, an event or a fact waits only for an entity that itself waits (one that
/// names an entity further down, or an event, or cites a document of a later table), never for the table it stands in
/// to come first.
/// </summary>
public enum DataPhase
{
    Entities,
    Events,
    Facts,
}

/// <summary>
/// One data table being read, phase by phase: <see cref="ReadThrough"/> reads records up to the first of a later phase
/// and stops there, to go on at the next call. The tables of one read are read side by side, each through the same
/// phase before any goes on to the next. Records stand in a table grouped by phase (the generator writes entities
/// before events); a record out of its group is still read, only later than its phase.
/// </summary>
public sealed class DataTableRead
{
    private readonly TableReader _reader;
    private readonly TableContext _context;
    private readonly IDataTableSink _sink;
    private readonly IDataRecordSink? _direct;
    private readonly DataTableFormat.RecordBuffers _buffers = new();
    private int _pendingKind = NoRecord; // the kind of a record whose first field is read but whose phase is still to come

    private const int NoRecord = -2;

    /// <summary>Reads the table's header and hands its file (and, to a record sink, its counts) to <paramref name="sink"/>.</summary>
    /// <param name="interner">Shared by the tables of one read (enum members and booleans repeat across them).</param>
    public DataTableRead(TableReader reader, string className, SymbolTable schema, IDataTableSink sink, FieldInterner interner)
    {
        _reader = reader;
        _sink = sink;
        _direct = sink as IDataRecordSink;
        var (file, instances, facts, needs, ids) = DataTableFormat.ReadHeader(reader, className);
        Needs = needs;
        sink.File(file);
        _direct?.Expect(instances, facts, ids.Length);
        _context = new TableContext(file, schema, new DataTableFormat.TypesRead(), interner, ids, instances);
    }

    /// <summary>The generated classes of the tables whose entities this table's entities name: read their entities first.</summary>
    public string[] Needs { get; }

    /// <summary>
    /// At the end of the table: the header numbers the file's own ids by its count of entity and event records, so a
    /// table with fewer records than that count is refused, as one with more is when the extra record is read.
    /// </summary>
    private void CheckRecordCount()
    {
        if (_context.NextOrdinal != _context.OwnCount)
        {
            throw new FormatException(
                $"The data table of '{_context.File.ClassName}' holds {_context.NextOrdinal} entity and event records where its header gives {_context.OwnCount}; rebuild the project with this version of KnowledgeGraph.");
        }
    }

    /// <summary>Whether every record is read.</summary>
    public bool AtEnd => _pendingKind == NoRecord && _reader.AtEnd;

    /// <summary>Reads records into the sink up to the end of the table or the first record of a phase after <paramref name="phase"/>.</summary>
    [MethodImpl(BulkCode.Optimized)]
    public void ReadThrough(DataPhase phase)
    {
        while (true)
        {
            if (_pendingKind == NoRecord)
            {
                if (_reader.AtEnd)
                {
                    CheckRecordCount();
                    return;
                }

                _pendingKind = DataTableFormat.RecordKind(_reader);
            }

            if (_pendingKind >= 0 && DataTableFormat.PhaseOf(_pendingKind) > phase)
            {
                return;
            }

            var kind = _pendingKind;
            _pendingKind = NoRecord;
            DataTableFormat.ReadRecord(kind, _reader, _context, _sink, _direct, _buffers);
        }
    }
}
