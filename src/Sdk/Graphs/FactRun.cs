using System;
using System.Collections;
using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>
/// A read-only, typed view of the facts of one relation at one entity, straight over the index. Being a collection, it
/// lets <c>ToList</c> and <c>ToArray</c> size their result at once.
/// </summary>
internal sealed class FactRun<TFact> : IReadOnlyList<TFact>, ICollection<TFact>
    where TFact : Fact
{
    private readonly ArraySegment<Fact> _facts;

    public FactRun(ArraySegment<Fact> facts) => _facts = facts;

    public int Count => _facts.Count;

    public bool IsReadOnly => true;

    public TFact this[int index] => (TFact)_facts[index];

    public IEnumerator<TFact> GetEnumerator()
    {
        for (var i = 0; i < _facts.Count; i++)
        {
            yield return (TFact)_facts[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Contains(TFact item) => ((ICollection<Fact>)_facts).Contains(item);

    public void CopyTo(TFact[] array, int arrayIndex)
    {
        for (var i = 0; i < _facts.Count; i++)
        {
            array[arrayIndex + i] = (TFact)_facts[i];
        }
    }

    void ICollection<TFact>.Add(TFact item) => throw new NotSupportedException("The graph is immutable.");

    void ICollection<TFact>.Clear() => throw new NotSupportedException("The graph is immutable.");

    bool ICollection<TFact>.Remove(TFact item) => throw new NotSupportedException("The graph is immutable.");
}
