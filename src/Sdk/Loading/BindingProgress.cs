using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeGraph.Language.Binding;

namespace KnowledgeGraph;

/// <summary>
/// Follows a load's binding item by item (<see cref="FileBinder"/> calls <see cref="Item"/> for each, sound or not): it
/// stops the load when its token is cancelled, and tells the caller how far it is after every thousand items and after
/// each file.
/// </summary>
internal sealed class BindingProgress
{
    /// <summary>How many items pass between two reports.</summary>
    public const int ReportEvery = 1000;

    private readonly IProgress<LoadProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly IReadOnlyList<DataFileRead>? _files;
    private readonly int _filesTotal;
    private readonly long _bytesTotal;
    private int _filesDone;
    private long _bytesDone;
    private long _items;

    /// <param name="progress">The caller's, or null.</param>
    /// <param name="files">The files bound, in the order they are bound, with their sizes; null when they have none (RDF).</param>
    /// <param name="filesTotal">How many files are bound.</param>
    /// <param name="cancellationToken">The load's.</param>
    public BindingProgress(IProgress<LoadProgress>? progress, IReadOnlyList<DataFileRead>? files, int filesTotal, CancellationToken cancellationToken)
    {
        _progress = progress;
        _cancellationToken = cancellationToken;
        _files = files;
        _filesTotal = filesTotal;
        for (var i = 0; files is not null && i < files.Count; i++)
        {
            _bytesTotal += files[i].Bytes;
        }
    }

    public void Item()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (++_items % ReportEvery == 0)
        {
            Report(_items);
        }
    }

    public void FileBound()
    {
        if (_files is not null && _filesDone < _files.Count)
        {
            _bytesDone += _files[_filesDone].Bytes;
        }

        _filesDone++;
        Report(_items);
    }

    private void Report(long items) =>
        _progress?.Report(new LoadProgress(_filesDone, _filesTotal, _bytesDone, _bytesTotal) { Stage = LoadStage.Binding, ItemsBound = items });
}
