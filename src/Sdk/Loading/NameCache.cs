using System;

namespace KnowledgeGraph;

/// <summary>
/// What a few names stand for (a type's factory, a relation), found by the very string before any lookup by text: a
/// table's records repeat each type and relation name as one string, so a record finds its own with no hashing.
/// </summary>
internal sealed class NameCache<T>
    where T : class
{
    private const int Size = 16; // more types than this in one run of records only costs a lookup each
    private readonly string?[] _names = new string?[Size];
    private readonly T?[] _values = new T?[Size];
    private readonly Func<string, T> _find;
    private int _next;

    /// <param name="find">What a name stands for, or an exception.</param>
    public NameCache(Func<string, T> find) => _find = find;

    public T this[string name]
    {
        get
        {
            for (var i = 0; i < Size; i++)
            {
                if (ReferenceEquals(_names[i], name))
                {
                    return _values[i]!;
                }
            }

            var value = _find(name);
            (_names[_next], _values[_next]) = (name, value);
            _next = (_next + 1) % Size;
            return value;
        }
    }
}
