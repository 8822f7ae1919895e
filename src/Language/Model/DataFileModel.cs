using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Model;

/// <summary>
/// The bound data of one ontology file: its documents, entities and events (entities first, each in declaration order),
/// facts and omitted passages, as plain values without source locations. The generator writes it into the file's data
/// table; the SDK reads it back.
/// </summary>
/// <param name="Needs">
/// The generated classes of the other data files whose entities this file's entities name (sorted): the SDK reads
/// those tables' entities first, so that these need not wait for them.
/// </param>
public sealed record DataFileModel(
    DataFileEntry File,
    EquatableArray<DocumentModel> Documents,
    EquatableArray<InstanceModel> Instances,
    EquatableArray<FactModel> Facts,
    EquatableArray<OmissionModel> Omissions = default,
    EquatableArray<string> Needs = default)
{
    public bool IsEmpty => Documents.IsEmpty && Instances.IsEmpty && Facts.IsEmpty && Omissions.IsEmpty;
}

/// <summary>A passage left out of the graph on purpose: where it stands, why (one of <see cref="OmissionReasons.All"/>) and a note.</summary>
public sealed record OmissionModel(SourceModel Passage, string Reason, string? Note);
