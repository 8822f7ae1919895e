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
public sealed class EntityData
{
    // Members by position: a type has few, so a scan beats hashing, and one entity's values cost two small arrays.
    private readonly string[] _members;
    private readonly object[][] _values;

    public EntityData(
        string id, string name, IReadOnlyList<string> aliases, string? doc, IReadOnlyList<SourceRef> sources, TimeExtent? time,
        IReadOnlyDictionary<string, IReadOnlyList<object>> values)
        : this(id, name, aliases, doc, sources, time, values.Keys.ToArray(), values.Values.Select(v => v.ToArray()).ToArray())
    {
    }

    internal EntityData(
        string id, string name, IReadOnlyList<string> aliases, string? doc, IReadOnlyList<SourceRef> sources, TimeExtent? time,
        string[] members, object[][] values)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Doc = doc;
        Sources = sources;
        Time = time;
        _members = members;
        _values = values;
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<string> Aliases { get; }

    public string? Doc { get; }

    public IReadOnlyList<SourceRef> Sources { get; }

    public TimeExtent? Time { get; }

    public bool Has(string member) => IndexOf(member) >= 0;

    [MethodImpl(BulkCode.Optimized)]
    public T Single<T>(string member) =>
        Values(member) is { Length: 1 } values
            ? (T)values[0]
            : throw new InvalidOperationException($"'{Id}' has no single value for '{member}'.");

    [MethodImpl(BulkCode.Optimized)]
    public T? Optional<T>(string member) => Values(member) is { Length: > 0 } values ? (T)values[0] : default;

    [MethodImpl(BulkCode.Optimized)]
    public T ValueOr<T>(string member, T fallback) => Values(member) is { Length: > 0 } values ? (T)values[0] : fallback;

    [MethodImpl(BulkCode.Optimized)]
    public IReadOnlyList<T> Many<T>(string member)
    {
        if (Values(member) is not { Length: > 0 } values)
        {
            return Array.Empty<T>();
        }

        var typed = new T[values.Length];
        for (var i = 0; i < typed.Length; i++)
        {
            typed[i] = (T)values[i];
        }

        return typed;
    }

    private object[]? Values(string member) => IndexOf(member) is var index and >= 0 ? _values[index] : null;

    private int IndexOf(string member)
    {
        for (var i = 0; i < _members.Length; i++)
        {
            if (string.Equals(_members[i], member, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
