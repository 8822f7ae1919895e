using System;
using System.Threading;

namespace KnowledgeGraph;

public sealed partial class GraphLoader
{
    /// <summary>
    /// The loader's turn for one load: loads from other threads wait for it; a load started on the thread that holds it
    /// (from a progress report, say) is refused, as it would run in the middle of the first and be lost when that ends.
    /// </summary>
    private LoadTurn Turn()
    {
        if (Monitor.IsEntered(_gate))
        {
            throw new InvalidOperationException(
                "A load was started on this GraphLoader while another load on it was still running on the same thread (from a progress report?). Start it after Load returns.");
        }

        Monitor.Enter(_gate);
        return new LoadTurn(_gate);
    }
}

/// <summary>Releases a <see cref="GraphLoader"/>'s turn.</summary>
internal readonly struct LoadTurn : IDisposable
{
    private readonly object _gate;

    public LoadTurn(object gate) => _gate = gate;

    public void Dispose() => Monitor.Exit(_gate);
}
