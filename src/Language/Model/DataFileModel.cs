using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Model;

/// <summary>
/// The bound data of one ontology file: its documents, entities and events (in declaration order) and facts, as plain
/// values without source locations. The generator writes it into the file's data table; the SDK reads it back.
/// </summary>
public sealed record DataFileModel(
    DataFileEntry File,
    EquatableArray<DocumentModel> Documents,
    EquatableArray<InstanceModel> Instances,
    EquatableArray<FactModel> Facts)
{
    public bool IsEmpty => Documents.IsEmpty && Instances.IsEmpty && Facts.IsEmpty;
}
