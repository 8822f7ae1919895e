namespace KnowledgeGraph;

/// <summary>How far a load has come: data files read, checked and bound, and the bytes of those files.</summary>
public readonly record struct LoadProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal);
