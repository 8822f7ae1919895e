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

    /// <summary>The number of the subject's id in the table (<see cref="TableIds"/>).</summary>
    public int SubjectNumber { get; private set; } = -1;

    public int ObjectNumber { get; private set; } = -1;

    /// <summary>What the sink bound to the subject's id (<see cref="InstanceRecord.BindId"/>, <see cref="BindSubject"/>), or null.</summary>
    public object? BoundSubject => _bound[SubjectNumber];

    public object? BoundObject => _bound[ObjectNumber];

    /// <summary>Binds what the sink found for the subject's id, for the table's later records naming it.</summary>
    public void BindSubject(object found) => _bound[SubjectNumber] = found;

    public void BindObject(object found) => _bound[ObjectNumber] = found;

    private object?[] _bound = System.Array.Empty<object?>();

    public FactModel ToModel() => new(Subject, Relation, Object, Time, Sources, Origin);

    internal void Set(string subject, string relation, string @object, FactOrigin origin, TimeModel? time, EquatableArray<SourceModel> sources) =>
        (Subject, Relation, Object, Origin, Time, Sources) = (subject, relation, @object, origin, time, sources);

    /// <summary>The numbers of the subject's and object's ids, and what the table has bound to its ids so far.</summary>
    internal void Numbers(object?[] bound, int subject, int @object) => (_bound, SubjectNumber, ObjectNumber) = (bound, subject, @object);
}
