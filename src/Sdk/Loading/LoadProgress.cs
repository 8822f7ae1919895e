namespace KnowledgeGraph;

/// <summary>
/// How far a load has come. While files are read (<see cref="LoadStage.Reading"/>, once after each file): the data files
/// read and their bytes. While they are bound and their objects made (<see cref="LoadStage.Binding"/>, after every
/// thousand items and after each file): the files bound so far, with their bytes, and <see cref="ItemsBound"/>, the
/// documents, entities, events, facts and omitted passages bound so far, counted across the load's files.
/// </summary>
public readonly record struct LoadProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal)
{
    /// <summary>Which step of the load this report comes from.</summary>
    public LoadStage Stage { get; init; }

    /// <summary>The items of the load's files bound so far (0 while reading).</summary>
    public long ItemsBound { get; init; }
}

/// <summary>The steps of a load that report progress.</summary>
public enum LoadStage
{
    /// <summary>The data files are read and parsed.</summary>
    Reading,

    /// <summary>The files are checked against the ontology and their objects made; a cancellation is seen within a file.</summary>
    Binding,
}
