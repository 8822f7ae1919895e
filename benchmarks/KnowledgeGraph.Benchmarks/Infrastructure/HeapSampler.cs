using System;
using System.Threading;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// The highest the managed heap reaches while it runs, sampled every millisecond on a thread of its own, above the
/// heap when it started (after a full collection).
/// </summary>
public sealed class HeapSampler : IDisposable
{
    private readonly ManualResetEventSlim _done = new();
    private readonly Thread _thread;
    private long _peak;
    private long _peakAfterCollection;

    private HeapSampler(bool live)
    {
        Start = GC.GetTotalMemory(forceFullCollection: true);
        _peak = Start;
        _thread = new Thread(() =>
        {
            while (!_done.IsSet)
            {
                if (live)
                {
                    GC.Collect();
                }

                _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false));
                var last = GC.GetGCMemoryInfo(GCKind.Any);
                if (last.Index > 0)
                {
                    _peakAfterCollection = Math.Max(_peakAfterCollection, last.HeapSizeBytes - last.FragmentedBytes);
                }
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        _thread.Start();
    }

    /// <summary>The heap when sampling began.</summary>
    public long Start { get; }

    /// <summary>The highest heap seen, above <see cref="Start"/>; stops sampling.</summary>
    public long PeakAbove
    {
        get
        {
            Stop();
            return Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: false)) - Start;
        }
    }

    /// <summary>
    /// The highest heap left by a collection, above <see cref="Start"/>: what was alive, or dead in a generation that
    /// collection did not reach. Unlike <see cref="PeakAbove"/>, it leaves out the young generation's allocation budget,
    /// which the runtime sizes from the processor's cache, not from the data. Read after <see cref="PeakAbove"/>.
    /// </summary>
    public long PeakAfterCollectionAbove => Math.Max(0, _peakAfterCollection - Start);

    public static HeapSampler Begin() => new(live: false);

    /// <summary>
    /// Samples what is alive: a full collection before each sample, so no garbage is counted, whatever generation it
    /// reached. The collections slow what runs but do not change what it keeps alive; time nothing beside this sampler.
    /// </summary>
    public static HeapSampler BeginLive() => new(live: true);

    public void Dispose()
    {
        Stop();
        _done.Dispose();
    }

    private void Stop()
    {
        _done.Set();
        _thread.Join();
    }
}
