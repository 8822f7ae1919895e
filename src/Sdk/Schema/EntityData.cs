using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph;

/// <summary>
/// The checked values of one entity or event read at run time, handed to the generated factory of its type,
/// which reads them into typed properties without reflection.
/// </summary>
public sealed class EntityData
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<object>> _values;

    public EntityData(
        string id, string name, IReadOnlyList<string> aliases, string? doc, IReadOnlyList<SourceRef> sources, TimeExtent? time,
        IReadOnlyDictionary<string, IReadOnlyList<object>> values)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Doc = doc;
        Sources = sources;
        Time = time;
        _values = values;
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<string> Aliases { get; }

    public string? Doc { get; }

    public IReadOnlyList<SourceRef> Sources { get; }

    public TimeExtent? Time { get; }

    public bool Has(string member) => _values.ContainsKey(member);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T Single<T>(string member) =>
        _values.TryGetValue(member, out var values) && values.Count == 1
            ? (T)values[0]
            : throw new InvalidOperationException($"'{Id}' has no single value for '{member}'.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T? Optional<T>(string member) => _values.TryGetValue(member, out var values) && values.Count > 0 ? (T)values[0] : default;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T ValueOr<T>(string member, T fallback) => _values.TryGetValue(member, out var values) && values.Count > 0 ? (T)values[0] : fallback;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<T> Many<T>(string member) =>
        _values.TryGetValue(member, out var values) ? values.Cast<T>().ToArray() : Array.Empty<T>();
}
