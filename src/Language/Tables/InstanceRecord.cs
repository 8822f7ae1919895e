using System.Collections.Generic;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// The entity or event record a data table reader has just read, before any model is made of it. The reader fills
/// one such object for every record of a table, so a sink that makes its objects straight from it (the SDK's compiled
/// data does) allocates no model per record. It holds only during the sink's call: <see cref="ToModel"/> keeps it.
/// </summary>
public sealed class InstanceRecord
{
    private readonly List<MemberModel> _members = new();
    private readonly List<int> _ends = new(); // where each assignment's values end in _values
    private readonly List<string> _values = new();
    private readonly List<int> _valueNumbers = new(); // the number of the id a value names (TableIds), or -1
    private TableReader? _reader;
    private TableContext? _context;

    public string Id { get; private set; } = "";

    /// <summary>The record's place among its table's entities and events, which is its id's number.</summary>
    public int Ordinal { get; private set; } = -1;

    public string Namespace { get; private set; } = "";

    public string TypeName { get; private set; } = "";

    private static readonly QualifiedName Unread = new(string.Empty, string.Empty);

    /// <summary>The class of the type, as models name it.</summary>
    public QualifiedName TypeClass { get; private set; } = Unread;

    public bool IsEvent { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string? Doc { get; private set; }

    /// <summary>A new array for each record: whoever makes the entity may keep it.</summary>
    public string[] Aliases { get; private set; } = System.Array.Empty<string>();

    public TimeModel? Time { get; private set; }

    public EquatableArray<SourceModel> Sources { get; private set; }

    /// <summary>How many members are given values.</summary>
    public int AssignmentCount => _members.Count;

    public MemberModel Member(int assignment) => _members[assignment];

    public int ValueCount(int assignment) => _ends[assignment] - Start(assignment);

    /// <summary>A value in its canonical text (as <see cref="ValueModel.Text"/> holds it).</summary>
    public string Value(int assignment, int index) => _values[Start(assignment) + index];

    /// <summary>
    /// The number in the table of the id a value names (<see cref="TableIds"/>), or -1 for a value that names no entity:
    /// a sink can keep what each number stands for in an array of its own and find it with no lookup by id.
    /// </summary>
    public int ValueNumber(int assignment, int index) => _valueNumbers[Start(assignment) + index];

    /// <summary>The record's bytes, to read it again later: far less than <see cref="ToModel"/> costs. Only during the sink's call.</summary>
    public KeptInstance Keep() => new(Id, Ordinal, _reader!.CurrentRecord(), _context!);

    /// <summary>A model of the record that outlives the sink's call.</summary>
    public InstanceModel ToModel()
    {
        var assignments = new AssignmentModel[_members.Count];
        for (var a = 0; a < assignments.Length; a++)
        {
            var member = _members[a];
            var values = new ValueModel[ValueCount(a)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = new ValueModel(member.Type.Kind, member.Type.Scalar, Value(a, i));
            }

            assignments[a] = new AssignmentModel(member, EquatableArray<ValueModel>.Adopt(values));
        }

        return new InstanceModel(
            Id, Namespace, Identifiers.ToPascal(Id), TypeName, TypeClass, IsEvent, DisplayName,
            EquatableArray<string>.Adopt(Aliases), Doc, Time, Sources, EquatableArray<AssignmentModel>.Adopt(assignments));
    }

    internal void Start(TableReader reader, TableContext context, string id, int ordinal, string typeName, QualifiedName typeClass, bool isEvent)
    {
        (_reader, _context) = (reader, context);
        (Id, Ordinal, Namespace, TypeName, TypeClass, IsEvent) = (id, ordinal, context.File.Namespace, typeName, typeClass, isEvent);
        _members.Clear();
        _ends.Clear();
        _values.Clear();
        _valueNumbers.Clear();
    }

    internal void Describe(string displayName, string? doc, string[] aliases, TimeModel? time, EquatableArray<SourceModel> sources) =>
        (DisplayName, Doc, Aliases, Time, Sources) = (displayName, doc, aliases, time, sources);

    internal void Assign(MemberModel member)
    {
        _members.Add(member);
        _ends.Add(_values.Count);
    }

    internal void AddValue(string text) => AddValue(text, -1);

    /// <summary>A value naming an entity: its id, and the id's number in the table (<see cref="TableIds"/>).</summary>
    internal void AddReference(string id, int number) => AddValue(id, number);

    private void AddValue(string text, int number)
    {
        _values.Add(text);
        _valueNumbers.Add(number);
        _ends[_ends.Count - 1] = _values.Count;
    }

    private int Start(int assignment) => assignment == 0 ? 0 : _ends[assignment - 1];
}
