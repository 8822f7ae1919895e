namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// A <see cref="IDataTableSink"/> that takes entity, event and fact records as the reader holds them, without a model
/// made of each (<see cref="InstanceRecord"/>, <see cref="FactRecord"/>); the reader then calls these instead of
/// <see cref="IDataTableSink.Instance"/> and <see cref="IDataTableSink.Fact"/>.
/// </summary>
public interface IDataRecordSink : IDataTableSink
{
    /// <summary>
    /// How many entity and event records, and fact records, the table holds, and how many ids it numbers (its own
    /// entities' and events', then other files' it names: <see cref="InstanceRecord.ValueNumber"/>, <see cref="FactRecord.SubjectNumber"/>);
    /// given after <see cref="IDataTableSink.File"/>, before the records, so that lists can be made at their size.
    /// </summary>
    void Expect(int instances, int facts, int ids);

    void Instance(InstanceRecord record);

    void Fact(FactRecord record);
}
