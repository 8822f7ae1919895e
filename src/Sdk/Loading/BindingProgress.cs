using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>Tells a load's caller how its binding goes: after every thousand items (<see cref="LoadedRecords"/>) and after each file.</summary>
internal sealed class BindingProgress
{
    private readonly IProgress<LoadProgress>? _progress;
    private readonly IReadOnlyList<DataFileRead>? _files;
    private readonly int _filesTotal;
    private readonly long _bytesTotal;
    private int _filesDone;
    private long _bytesDone;

    /// <param name="progress">The caller's, or null.</param>
    /// <param name="files">The files bound, in the order they are bound, with their sizes; null when they have none (RDF).</param>
    /// <param name="filesTotal">How many files are bound.</param>
    public BindingProgress(IProgress<LoadProgress>? progress, IReadOnlyList<DataFileRead>? files, int filesTotal)
    {
        _progress = progress;
        _files = files;
        _filesTotal = filesTotal;
        for (var i = 0; files is not null && i < files.Count; i++)
        {
            _bytesTotal += files[i].Bytes;
        }
    }

    public void ItemsBound(long items) => Report(items);

    public void FileBound(long items)
    {
        if (_files is not null && _filesDone < _files.Count)
        {
            _bytesDone += _files[_filesDone].Bytes;
        }

        _filesDone++;
        Report(items);
    }

    private void Report(long items) =>
        _progress?.Report(new LoadProgress(_filesDone, _filesTotal, _bytesDone, _bytesTotal) { Stage = LoadStage.Binding, ItemsBound = items });
}
