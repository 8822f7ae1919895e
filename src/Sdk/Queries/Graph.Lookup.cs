using System;
using System.Collections.Generic;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    /// <summary>
    /// The entity or event with this id, or else the one whose name or alias this is (ignoring case:
    /// <c>Find("Izium")</c> is Izyum). Null when nothing matches, or when several entities share that name
    /// (<see cref="FindAll"/> returns them all).
    /// </summary>
    public Entity? Find(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        if (_numbers.Find(idOrName) is { } byId)
        {
            return byId;
        }

        return _byName.Value.TryGetValue(idOrName, out var byName) && byName.Length == 1 ? byName[0] : null;
    }

    /// <summary>Every entity or event whose name or one of whose aliases is <paramref name="name"/>, ignoring case.</summary>
    public IReadOnlyList<Entity> FindAll(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.Value.TryGetValue(name, out var found) ? found : Array.Empty<Entity>();
    }
}
