using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// The members of one type as binding or reading its instances needs them (by position, by name, and the type's class),
/// worked out once per file or table, not once per instance.
/// </summary>
internal sealed class TypeMembers
{
    private readonly Dictionary<string, int> _positions;

    public TypeMembers(TypeEntry type, IReadOnlyList<MemberModel> all)
    {
        Type = type;
        All = all;
        Names = new string[all.Count];
        _positions = new Dictionary<string, int>(all.Count, StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            _positions[all[i].Name] = i;
            Names[i] = all[i].Name;
        }

        Class = new QualifiedName(type.Namespace, type.ClrName);
    }

    public TypeEntry Type { get; }

    /// <summary>Every property and role, inherited ones first.</summary>
    public IReadOnlyList<MemberModel> All { get; }

    /// <summary>The names of <see cref="All"/>, in the same order.</summary>
    public string[] Names { get; }

    /// <summary>The class of the type, as models name it.</summary>
    public QualifiedName Class { get; }

    /// <summary>The position of a member in <see cref="All"/>, or -1.</summary>
    public int PositionOf(string name) => _positions.TryGetValue(name, out var position) ? position : -1;
}
