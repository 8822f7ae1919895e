using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// The fact record a data table reader has just read, before any model is made of it; like <see cref="InstanceRecord"/>,
/// one object serves every record of a table and holds only during the sink's call (<see cref="ToModel"/> keeps it).
/// </summary>
public sealed class FactRecord
{
    public string Subject { get; private set; } = "";

    public string Relation { get; private set; } = "";

    public string Object { get; private set; } = "";

    public TimeModel? Time { get; private set; }

    public EquatableArray<SourceModel> Sources { get; private set; }

    public FactOrigin Origin { get; private set; }

    /// <summary>The entry of the subject's id in the table's interner (-1 when none).</summary>
    public int SubjectEntry { get; private set; } = -1;

    public int ObjectEntry { get; private set; } = -1;

    /// <summary>What the sink bound to the subject's id (<see cref="FieldInterner.Bind"/>), or null.</summary>
    public object? BoundSubject => _interner?.BoundTo(SubjectEntry);

    public object? BoundObject => _interner?.BoundTo(ObjectEntry);

    private FieldInterner? _interner;

    public FactModel ToModel() => new(Subject, Relation, Object, Time, Sources, Origin);

    internal void Set(string subject, string relation, string @object, FactOrigin origin, TimeModel? time, EquatableArray<SourceModel> sources) =>
        (Subject, Relation, Object, Origin, Time, Sources) = (subject, relation, @object, origin, time, sources);

    /// <summary>Where the ids of the subject and object are in <paramref name="interner"/>, for <see cref="BoundSubject"/> and <see cref="BoundObject"/>.</summary>
    internal void Entries(FieldInterner interner, int subject, int @object) => (_interner, SubjectEntry, ObjectEntry) = (interner, subject, @object);
}
