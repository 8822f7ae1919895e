using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Language.Tables;

/// <summary>Receives the records of a data table as they are read: the file first, then its documents, entities, events, facts and omitted passages in table order.</summary>
public interface IDataTableSink
{
    void File(DataFileEntry file);

    void Document(DocumentModel document);

    void Instance(InstanceModel instance);

    void Fact(FactModel fact);

    void Omission(OmissionModel omission);
}
