namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// A <see cref="IDataTableSink"/> that takes entity, event and fact records as the reader holds them, without a model
/// made of each (<see cref="InstanceRecord"/>, <see cref="FactRecord"/>); the reader then calls these instead of
/// <see cref="IDataTableSink.Instance"/> and <see cref="IDataTableSink.Fact"/>.
/// </summary>
public interface IDataRecordSink : IDataTableSink
{
    /// <summary>How many entity and event records, and fact records, the table holds (after <see cref="IDataTableSink.File"/>, before them): lists can be made at their size.</summary>
    void Expect(int instances, int facts);

    void Instance(InstanceRecord record);

    void Fact(FactRecord record);
}
