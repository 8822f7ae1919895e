using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Language;

namespace KnowledgeGraph;

/// <summary>
/// The checked values of one entity or event read at run time, handed to the generated factory of its type,
/// which reads them into typed properties without reflection.
/// </summary>
/// <remarks>
/// The SDK hands every factory call of one load the same object, filled anew for each entity: a factory reads what it
/// needs during its call and keeps nothing of the object itself (the generated ones do exactly that).
/// </remarks>
public sealed class EntityData
{
    // Members by position: a type has few, so a scan beats hashing. The arrays are reused from entity to entity, so
    // only _count members and _counts[i] values of each are current.
    private string[] _members;
    private object[][] _values;
    private int[] _counts;
    private int _count;

    public EntityData(
        string id, string name, IReadOnlyList<string> aliases, string? doc, IReadOnlyList<SourceRef> sources, TimeExtent? time,
        IReadOnlyDictionary<string, IReadOnlyList<object>> values)
    {
        Reset(id, name, aliases, doc, sources, time);
        _members = values.Keys.ToArray();
        _values = values.Values.Select(v => v.ToArray()).ToArray();
        _counts = _values.Select(v => v.Length).ToArray();
        _count = _members.Length;
    }

    /// <summary>An empty object to fill with <see cref="Reset"/> and <see cref="Slot"/>, once per entity.</summary>
    internal EntityData()
    {
        _members = new string[4];
        _values = new object[4][];
        _counts = new int[4];
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public IReadOnlyList<string> Aliases { get; private set; } = Array.Empty<string>();

    public string? Doc { get; private set; }

    public IReadOnlyList<SourceRef> Sources { get; private set; } = Array.Empty<SourceRef>();

    public TimeExtent? Time { get; private set; }

    public bool Has(string member) => IndexOf(member) >= 0;

    [MethodImpl(BulkCode.Optimized)]
    public T Single<T>(string member) =>
        IndexOf(member) is var index and >= 0 && _counts[index] == 1
            ? (T)_values[index][0]
            : throw new InvalidOperationException($"'{Id}' has no single value for '{member}'.");

    [MethodImpl(BulkCode.Optimized)]
    public T? Optional<T>(string member) => IndexOf(member) is var index and >= 0 && _counts[index] > 0 ? (T)_values[index][0] : default;

    [MethodImpl(BulkCode.Optimized)]
    public T ValueOr<T>(string member, T fallback) => IndexOf(member) is var index and >= 0 && _counts[index] > 0 ? (T)_values[index][0] : fallback;

    [MethodImpl(BulkCode.Optimized)]
    public IReadOnlyList<T> Many<T>(string member)
    {
        var index = IndexOf(member);
        if (index < 0 || _counts[index] == 0)
        {
            return Array.Empty<T>();
        }

        var typed = new T[_counts[index]];
        for (var i = 0; i < typed.Length; i++)
        {
            typed[i] = (T)_values[index][i];
        }

        return typed;
    }

    /// <summary>Starts the next entity: its fixed keys, and no member values yet.</summary>
    internal void Reset(string id, string name, IReadOnlyList<string> aliases, string? doc, IReadOnlyList<SourceRef> sources, TimeExtent? time)
    {
        (Id, Name, Aliases, Doc, Sources, Time) = (id, name, aliases, doc, sources, time);
        _count = 0;
    }

    /// <summary>Adds a member with <paramref name="count"/> values and gives the array to write them to (its first <paramref name="count"/> places).</summary>
    internal object[] Slot(string member, int count)
    {
        if (_count == _members.Length)
        {
            Array.Resize(ref _members, _count * 2);
            Array.Resize(ref _values, _count * 2);
            Array.Resize(ref _counts, _count * 2);
        }

        var values = _values[_count];
        if (values is null || values.Length < count)
        {
            _values[_count] = values = new object[Math.Max(count, 1)];
        }

        _members[_count] = member;
        _counts[_count] = count;
        _count++;
        return values;
    }

    private int IndexOf(string member)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_members[i], member, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
