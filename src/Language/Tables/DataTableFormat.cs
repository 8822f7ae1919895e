using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// The data table of one file, as the generator embeds it and the SDK reads it back: one record per document,
/// entity or event and fact, with values in their canonical text. The schema is not repeated: members are named,
/// and their types are looked up in the symbol table when the table is read.
/// </summary>
/// <remarks>
/// <code>
/// kg-data  5
/// file     name namespace instanceCount factCount needCount need* otherIdCount
/// (ids)    instanceCount + otherIdCount lines of one field each, with no kind: the file's own ids, then other files' ids it names
/// document name path title? published? text
/// entity|event typeName displayName doc? aliasCount alias* time sources assignmentCount (member valueCount value*)*
/// fact     subject relation object origin(s|k) time sources
/// omitted  document quote offset length line column reason note?
/// time:    - | t start? end?          sources: count (document quote offset length line column)*
/// </code>
/// An entity or event record's id is the id of its place among the table's entity and event records. An entity that
/// a value or a fact names is written as its id's number (see <see cref="TableIds"/>).
/// </remarks>
public static class DataTableFormat
{
    private const string Magic = "kg-data";
    private const string Version = "5";

    public static string Write(DataFileModel file)
    {
        var (writer, ids) = (new TableWriter(), new TableIds(file));
        writer.Field(Magic).Field(Version).EndRecord();
        writer.Field("file").Field(PathUtilities.FileName(file.File.Path)).Field(file.File.Namespace).Field(file.Instances.Count).Field(file.Facts.Count).Field(file.Needs.Count);
        foreach (var need in file.Needs)
        {
            writer.Field(need);
        }

        writer.Field(ids.All.Count - ids.OwnCount).EndRecord();
        foreach (var id in ids.All)
        {
            writer.Field(id).EndRecord();
        }

        foreach (var document in file.Documents)
        {
            writer.Field("document").Field(document.Name).Field(document.Path).Field(document.Title).Field(document.Published).Field(document.Text).EndRecord();
        }

        foreach (var instance in file.Instances)
        {
            writer.Field(instance.IsEvent ? "event" : "entity").Field(instance.TypeName).Field(instance.DisplayName).Field(instance.Doc);
            writer.Field(instance.Aliases.Count);
            foreach (var alias in instance.Aliases)
            {
                writer.Field(alias);
            }

            WriteTime(writer, instance.Time);
            WriteSources(writer, instance.Sources);
            writer.Field(instance.Values.Count);
            foreach (var assignment in instance.Values)
            {
                writer.Field(assignment.Member.Name).Field(assignment.Values.Count);
                var named = TableIds.NamesEntities(assignment.Member);
                foreach (var value in assignment.Values)
                {
                    if (named)
                    {
                        writer.Field(ids.Number(value.Text));
                    }
                    else
                    {
                        writer.Field(value.Text);
                    }
                }
            }

            writer.EndRecord();
        }

        foreach (var fact in file.Facts)
        {
            writer.Field("fact").Field(ids.Number(fact.Subject)).Field(fact.Relation).Field(ids.Number(fact.Object)).Field(fact.Origin == FactOrigin.EntityKey ? "k" : "s");
            WriteTime(writer, fact.Time);
            WriteSources(writer, fact.Sources);
            writer.EndRecord();
        }

        foreach (var omission in file.Omissions)
        {
            writer.Field("omitted");
            WriteSource(writer, omission.Passage);
            writer.Field(omission.Reason).Field(omission.Note).EndRecord();
        }

        return writer.ToString();
    }

    /// <summary>Reads a table back; <paramref name="schema"/> gives the members' types. Throws <see cref="FormatException"/> on a table that does not read.</summary>
    public static DataFileModel Read(string text, string className, SymbolTable schema)
    {
        var collected = new Collector();
        var read = new DataTableRead(new TableReader(text), className, schema, collected, new FieldInterner());
        read.ReadThrough(DataPhase.Facts);
        return new DataFileModel(
            collected.File!, collected.Documents.ToEquatableArray(), collected.Instances.ToEquatableArray(), collected.Facts.ToEquatableArray(), collected.Omissions.ToEquatableArray(),
            read.Needs.ToEquatableArray());
    }

    /// <summary>
    /// Reads a table record by record into <paramref name="sink"/>, which may make each thing as it comes and keep no
    /// model of the whole file (the SDK does, so that what it reads dies young and costs the garbage collector little).
    /// </summary>
    public static void Read(string text, string className, SymbolTable schema, IDataTableSink sink) => Read(new TableReader(text), className, schema, sink, new FieldInterner());

    /// <summary>Reads a table from a reader over its UTF-8 bytes or stream (how the SDK reads a compiled table: never as one large string).</summary>
    /// <param name="interner">Shared by the tables of one read (enum members and booleans repeat across them).</param>
    public static void Read(TableReader reader, string className, SymbolTable schema, IDataTableSink sink, FieldInterner interner) =>
        new DataTableRead(reader, className, schema, sink, interner).ReadThrough(DataPhase.Facts);

    /// <summary>
    /// Reads the magic, the version, the file record and the ids: gives the file, its counts of instances and facts,
    /// what it needs, and its ids by number (its own first: as many as its instances).
    /// </summary>
    internal static (DataFileEntry File, int Instances, int Facts, string[] Needs, string[] Ids) ReadHeader(TableReader reader, string className)
    {
        if (reader.Field() != Magic || reader.Field() != Version)
        {
            throw new FormatException($"'{className}' does not hold a KnowledgeGraph data table of version {Version}; rebuild the project with this version of KnowledgeGraph.");
        }

        reader.EndRecord();
        Expect(reader, "file");
        var entry = new DataFileEntry(reader.Field(), className, reader.Field());
        var (instances, facts) = (Count(reader, className), Count(reader, className));
        var needs = Count(reader, className) is var count and > 0 ? new string[count] : Array.Empty<string>();
        for (var i = 0; i < needs.Length; i++)
        {
            needs[i] = reader.Field();
        }

        var others = Count(reader, className);
        var ids = (long)instances + others <= MaxArrayLength
            ? new string[instances + others]
            : throw new FormatException($"The data table of '{className}' gives more ids than a table can hold.");
        reader.EndRecord();
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.Field();
            reader.EndRecord();
        }

        return (entry, instances, facts, needs, ids);
    }

    private const int MaxArrayLength = 0x7FFFFFC7; // the most elements a .NET array holds (Array.MaxLength, which netstandard2.0 lacks)

    private static int Count(TableReader reader, string className)
    {
        var count = reader.Int();
        return count >= 0 ? count : throw new FormatException($"The data table of '{className}' gives a count of {count}.");
    }

    /// <summary>The kind of the record the reader stands at (its first field read), or -1 for one this version does not know.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int RecordKind(TableReader reader) => reader.FieldIndexIn(RecordKinds);

    /// <summary>The phase a record of <paramref name="kind"/> is read in (see <see cref="DataPhase"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static DataPhase PhaseOf(int kind) => kind switch
    {
        0 or 1 => DataPhase.Entities,
        2 => DataPhase.Events,
        _ => DataPhase.Facts,
    };

    /// <summary>Reads the rest of one record of <paramref name="kind"/> (its first field read) into the sink.</summary>
    [MethodImpl(BulkCode.ReadStep)]
    internal static void ReadRecord(int kind, TableReader reader, TableContext context, IDataTableSink sink, IDataRecordSink? direct, RecordBuffers buffers)
    {
        var entry = context.File;
        switch (kind)
        {
            case 0:
                var name = reader.Field();
                sink.Document(new DocumentModel(name, entry.Namespace, Identifiers.ToPascal(name), reader.Field(), reader.NullableField(), reader.NullableField(), reader.Field()));
                break;
            case 1 or 2:
                var record = buffers.Instance;
                ReadInstance(reader, context, isEvent: kind == 2, record, context.NextOrdinal++);
                if (direct is not null)
                {
                    direct.Instance(record);
                }
                else
                {
                    sink.Instance(record.ToModel());
                }

                break;
            case 3:
                var fact = buffers.Fact;
                var subject = IdNumber(reader, context);
                var (relation, @object) = (reader.RepeatedField(buffers.RelationNames), IdNumber(reader, context));
                var origin = reader.FieldIs("k") ? FactOrigin.EntityKey : FactOrigin.Stated;
                fact.Set(context.Ids[subject], relation, context.Ids[@object], origin, ReadTime(reader), ReadSources(reader));
                fact.Numbers(subject, @object);
                if (direct is not null)
                {
                    direct.Fact(fact);
                }
                else
                {
                    sink.Fact(fact.ToModel());
                }

                break;
            case 4:
                sink.Omission(new OmissionModel(ReadSource(reader), reader.Field(), reader.NullableField()));
                break;
            default:
                throw new FormatException($"Unknown record '{reader.LastField}' in the data table of '{entry.ClassName}'.");
        }

        reader.EndRecord();
    }

    /// <summary>What one table's read reuses from record to record: one record object of each kind, and the relation names seen.</summary>
    internal sealed class RecordBuffers
    {
        public InstanceRecord Instance { get; } = new();

        public FactRecord Fact { get; } = new();

        public List<string> RelationNames { get; } = new();
    }

    private static readonly string[] RecordKinds = { "document", "entity", "event", "fact", "omitted" };

    [MethodImpl(BulkCode.ReadStep)]
    private static void ReadInstance(TableReader reader, TableContext context, bool isEvent, InstanceRecord record, int ordinal)
    {
        var file = context.File;
        if ((uint)ordinal >= (uint)context.OwnCount)
        {
            throw new FormatException($"The data table of '{file.ClassName}' holds more entity and event records than the {context.OwnCount} its header gives.");
        }

        var id = context.Ids[ordinal];
        var type = context.Types.Read(reader, context.Schema, file);
        record.Start(reader, context, id, ordinal, type.Type.Name, type.Class, isEvent);
        var displayName = reader.Field();
        var doc = reader.NullableField();
        var aliases = reader.Int() is var count and > 0 ? new string[count] : Array.Empty<string>();
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = reader.Field();
        }

        record.Describe(displayName, doc, aliases, ReadTime(reader), ReadSources(reader));
        var assignments = reader.Int();
        for (var i = 0; i < assignments; i++)
        {
            var index = reader.FieldIndexIn(type.Names);
            record.Assign(index >= 0
                ? type.All[index]
                : throw new FormatException($"The data table of '{file.ClassName}' gives '{id}' a value for '{reader.LastField}', which type '{type.Type.Name}' does not have."));
            var member = record.Member(i);
            var (values, named) = (reader.Int(), TableIds.NamesEntities(member));
            for (var j = 0; j < values; j++)
            {
                if (named)
                {
                    var number = IdNumber(reader, context);
                    record.AddReference(context.Ids[number], number);
                }
                else
                {
                    record.AddValue(Repeats(member.Type) ? reader.InternedField(context.Interner) ?? throw new FormatException("A value was expected in the data table.") : reader.Field());
                }
            }
        }
    }

    /// <summary>The number of an id (<see cref="TableIds"/>), checked against the table's ids.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IdNumber(TableReader reader, TableContext context)
    {
        var number = reader.Int();
        return (uint)number < (uint)context.Ids.Length
            ? number
            : throw new FormatException($"The data table of '{context.File.ClassName}' names id number {number}, beyond its {context.Ids.Length} ids.");
    }

    /// <summary>Whether a member's values repeat across a table (enum members, booleans), so that they are worth interning.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Repeats(ValueTypeModel type) => type.Kind is ValueKind.Enum || type.Scalar == ScalarType.Bool;

    /// <summary>An entity or event record kept by <see cref="InstanceRecord.Keep"/>, read again.</summary>
    [MethodImpl(BulkCode.Optimized)]
    internal static void ReadKept(TableReader reader, TableContext context, InstanceRecord record, int ordinal)
    {
        var kind = RecordKind(reader);
        ReadInstance(reader, context, isEvent: kind == 2, record, ordinal);
    }

    /// <summary>The types a table's records name, looked up in the symbol table once each; each name is read without a string made of it.</summary>
    internal sealed class TypesRead
    {
        private readonly Dictionary<string, TypeMembers> _types = new(StringComparer.Ordinal);
        private readonly List<string> _names = new();

        [MethodImpl(BulkCode.Optimized)]
        public TypeMembers Read(TableReader reader, SymbolTable schema, DataFileEntry file)
        {
            var name = reader.RepeatedField(_names);
            if (!_types.TryGetValue(name, out var type))
            {
                var entry = schema.FindType(name) ?? throw new FormatException($"The data table of '{file.ClassName}' names the type '{name}', which the schema does not have.");
                _types.Add(name, type = new TypeMembers(entry, schema.AllMembers(entry)));
            }

            return type;
        }
    }

    private static void WriteTime(TableWriter writer, TimeModel? time)
    {
        if (time is null)
        {
            writer.Field("-");
        }
        else
        {
            writer.Field("t").Field(time.Start).Field(time.End);
        }
    }

    [MethodImpl(BulkCode.ReadStep)]
    private static TimeModel? ReadTime(TableReader reader) =>
        reader.FieldIs("t") ? new TimeModel(reader.NullableField(), reader.NullableField()) : null;

    private static void WriteSources(TableWriter writer, EquatableArray<SourceModel> sources)
    {
        writer.Field(sources.Count);
        foreach (var source in sources)
        {
            WriteSource(writer, source);
        }
    }

    private static void WriteSource(TableWriter writer, SourceModel source) =>
        writer.Field(source.Document).Field(source.Quote).Field(source.Offset).Field(source.Length).Field(source.Line).Field(source.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SourceModel ReadSource(TableReader reader) =>
        new(reader.Field(), reader.Field(), reader.Int(), reader.Int(), reader.Int(), reader.Int());

    [MethodImpl(BulkCode.ReadStep)]
    private static EquatableArray<SourceModel> ReadSources(TableReader reader)
    {
        var count = reader.Int();
        if (count == 0)
        {
            return default;
        }

        var sources = new SourceModel[count];
        for (var i = 0; i < count; i++)
        {
            sources[i] = ReadSource(reader);
        }

        return EquatableArray<SourceModel>.Adopt(sources);
    }

    private static void Expect(TableReader reader, string kind)
    {
        if (reader.Field() != kind)
        {
            throw new FormatException($"A '{kind}' record was expected in the data table.");
        }
    }

    private sealed class Collector : IDataTableSink
    {
        public DataFileEntry? File { get; private set; }

        public List<DocumentModel> Documents { get; } = new();

        public List<InstanceModel> Instances { get; } = new();

        public List<FactModel> Facts { get; } = new();

        public List<OmissionModel> Omissions { get; } = new();

        void IDataTableSink.File(DataFileEntry file) => File = file;

        void IDataTableSink.Document(DocumentModel document) => Documents.Add(document);

        void IDataTableSink.Instance(InstanceModel instance) => Instances.Add(instance);

        void IDataTableSink.Fact(FactModel fact) => Facts.Add(fact);

        void IDataTableSink.Omission(OmissionModel omission) => Omissions.Add(omission);
    }
}
