namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// A <see cref="IDataTableSink"/> that takes entity and event records as the reader holds them, without a model made
/// of each (<see cref="InstanceRecord"/>); the reader then calls this instead of <see cref="IDataTableSink.Instance"/>.
/// </summary>
public interface IInstanceRecordSink : IDataTableSink
{
    void Instance(InstanceRecord record);
}
