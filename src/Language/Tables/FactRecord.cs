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

    /// <summary>The number of the subject's id in the table (<see cref="TableIds"/>): a sink can find what it stands for with no lookup by id.</summary>
    public int SubjectNumber { get; private set; } = -1;

    public int ObjectNumber { get; private set; } = -1;

    public FactModel ToModel() => new(Subject, Relation, Object, Time, Sources, Origin);

    internal void Set(string subject, string relation, string @object, FactOrigin origin, TimeModel? time, EquatableArray<SourceModel> sources) =>
        (Subject, Relation, Object, Origin, Time, Sources) = (subject, relation, @object, origin, time, sources);

    internal void Numbers(int subject, int @object) => (SubjectNumber, ObjectNumber) = (subject, @object);
}
