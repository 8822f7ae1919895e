using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Language;

/// <summary>
/// The one place that says what a type inherits: its supertypes (itself, its <c>is</c> chain, its mixins and theirs)
/// and its members, ordered from the most general type down (by depth in the <c>is</c> chain, then by name), a name
/// declared again further down being ignored. Memoised and without recursion, so a chain of thousands of types costs
/// time in proportion to its length; cycles (reported elsewhere) end the walk instead of looping.
/// </summary>
internal sealed class TypeHierarchy<TType, TMember>
    where TType : class
{
    private readonly Func<TType, TType?> _baseOf;
    private readonly Func<TType, IEnumerable<TType>> _mixinsOf;
    private readonly Func<TType, IEnumerable<TMember>> _membersOf;
    private readonly Func<TType, string> _nameOf;
    private readonly Func<TMember, string> _memberName;
    private readonly Dictionary<TType, int> _depths = new(ReferenceEqualityComparer<TType>.Instance);
    private readonly Dictionary<TType, HashSet<TType>> _supertypes = new(ReferenceEqualityComparer<TType>.Instance);
    private readonly Dictionary<TType, List<TMember>> _members = new(ReferenceEqualityComparer<TType>.Instance);
    private readonly Dictionary<(TType Type, TType Required), bool> _conforms = new(ReferencePairComparer<TType>.Instance);

    public TypeHierarchy(
        Func<TType, TType?> baseOf, Func<TType, IEnumerable<TType>> mixinsOf, Func<TType, IEnumerable<TMember>> membersOf,
        Func<TType, string> nameOf, Func<TMember, string> memberName)
    {
        _baseOf = baseOf;
        _mixinsOf = mixinsOf;
        _membersOf = membersOf;
        _nameOf = nameOf;
        _memberName = memberName;
    }

    /// <summary>The number of types above <paramref name="type"/> in its <c>is</c> chain.</summary>
    public int Depth(TType type)
    {
        if (_depths.TryGetValue(type, out var known))
        {
            return known;
        }

        var chain = new List<TType>();
        var seen = new HashSet<TType>(ReferenceEqualityComparer<TType>.Instance);
        var depth = -1;
        for (var current = type; current is not null; current = _baseOf(current))
        {
            if (_depths.TryGetValue(current, out var below))
            {
                depth = below;
                break;
            }

            if (!seen.Add(current))
            {
                depth = 0; // a cycle: reported by the type pass
                break;
            }

            chain.Add(current);
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            depth++;
            _depths[chain[i]] = depth;
        }

        return _depths[type];
    }

    /// <summary>
    /// True when <paramref name="required"/> is among the supertypes of <paramref name="type"/>: a walk up that stops
    /// when it finds it, remembered per pair (data asks the same few pairs again and again). Unlike
    /// <see cref="Supertypes"/> it keeps no set per type, so a long chain costs its length, not its square.
    /// </summary>
    public bool Conforms(TType type, TType required)
    {
        if (ReferenceEquals(type, required))
        {
            return true;
        }

        if (_conforms.TryGetValue((type, required), out var known))
        {
            return known;
        }

        var found = false;
        var seen = new HashSet<TType>(ReferenceEqualityComparer<TType>.Instance);
        var pending = new Stack<TType>();
        pending.Push(type);
        while (pending.Count > 0 && !found)
        {
            var current = pending.Pop();
            if (!seen.Add(current))
            {
                continue;
            }

            found = ReferenceEquals(current, required);
            if (_baseOf(current) is { } baseType)
            {
                pending.Push(baseType);
            }

            foreach (var mixin in _mixinsOf(current))
            {
                pending.Push(mixin);
            }
        }

        _conforms[(type, required)] = found;
        return found;
    }

    /// <summary>Everything a value of <paramref name="type"/> conforms to, itself included (kept per type: ask it of few types).</summary>
    public HashSet<TType> Supertypes(TType type)
    {
        if (_supertypes.TryGetValue(type, out var known))
        {
            return known;
        }

        var result = new HashSet<TType>(ReferenceEqualityComparer<TType>.Instance);
        var pending = new Stack<TType>();
        pending.Push(type);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!result.Add(current))
            {
                continue;
            }

            if (!ReferenceEquals(current, type) && _supertypes.TryGetValue(current, out var done))
            {
                result.UnionWith(done);
                continue;
            }

            if (_baseOf(current) is { } baseType)
            {
                pending.Push(baseType);
            }

            foreach (var mixin in _mixinsOf(current))
            {
                pending.Push(mixin);
            }
        }

        _supertypes[type] = result;
        return result;
    }

    /// <summary>Every member a value of <paramref name="type"/> has: inherited, from mixins, and its own.</summary>
    public IReadOnlyList<TMember> AllMembers(TType type)
    {
        if (_members.TryGetValue(type, out var known))
        {
            return known;
        }

        // Without mixins a type's members are its base's followed by its own: the base chain is walked once, from
        // the top, so a long chain costs its length and not its square.
        var chain = new List<TType>();
        var seen = new HashSet<TType>(ReferenceEqualityComparer<TType>.Instance);
        for (var current = type; current is not null && !_members.ContainsKey(current) && seen.Add(current); current = _baseOf(current))
        {
            chain.Add(current);
            if (_mixinsOf(current).Any())
            {
                break;
            }
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var current = chain[i];
            _members[current] = _mixinsOf(current).Any() ? Ordered(current) : Extend(_baseOf(current), current);
        }

        return _members[type];
    }

    /// <summary>Drops what is known of <paramref name="type"/>'s members, after some of its own were removed.</summary>
    public void Forget(TType type) => _members.Remove(type);

    private List<TMember> Extend(TType? baseType, TType type)
    {
        var members = baseType is not null && _members.TryGetValue(baseType, out var inherited) ? new List<TMember>(inherited) : new List<TMember>();
        var names = new HashSet<string>(members.Select(_memberName), StringComparer.Ordinal);
        members.AddRange(_membersOf(type).Where(m => names.Add(_memberName(m))));
        return members;
    }

    private List<TMember> Ordered(TType type)
    {
        var members = new List<TMember>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var super in Supertypes(type).OrderBy(Depth).ThenBy(_nameOf, StringComparer.Ordinal))
        {
            members.AddRange(_membersOf(super).Where(m => names.Add(_memberName(m))));
        }

        return members;
    }
}

internal sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static ReferenceEqualityComparer<T> Instance { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}

/// <summary>Pairs compared by the identity of both parts (records would hash every field of both on each lookup).</summary>
internal sealed class ReferencePairComparer<T> : IEqualityComparer<(T First, T Second)>
    where T : class
{
    public static ReferencePairComparer<T> Instance { get; } = new();

    public bool Equals((T First, T Second) x, (T First, T Second) y) => ReferenceEquals(x.First, y.First) && ReferenceEquals(x.Second, y.Second);

    public int GetHashCode((T First, T Second) pair) =>
        unchecked((System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.First) * 31) + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Second));
}
