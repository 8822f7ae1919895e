using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// The number of each entity of a graph (its place in the order added), found by its id: one dictionary serves both
/// the lookup by id and the numbering of a fact's ends. An entity is numbered only if it is the very object added
/// under its id (another object with the same id is not in the graph).
/// </summary>
internal sealed class EntityNumbers
{
    private readonly Dictionary<string, int> _byId;
    private readonly Entity[] _order;

    public EntityNumbers(Dictionary<string, int> byId, Entity[] order)
    {
        _byId = byId;
        _order = order;
    }

    public int Count => _order.Length;

    public bool TryGet(Entity entity, out int number)
    {
        number = entity.NumberHint;
        if ((uint)number < (uint)_order.Length && ReferenceEquals(_order[number], entity))
        {
            return true;
        }

        return _byId.TryGetValue(entity.Id, out number) && ReferenceEquals(_order[number], entity);
    }

    public bool Contains(Entity entity) => TryGet(entity, out _);

    /// <summary>The entity or event with this id, or null.</summary>
    public Entity? Find(string id) => _byId.TryGetValue(id, out var number) ? _order[number] : null;
}
