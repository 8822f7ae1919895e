using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language;

/// <summary>
/// Every name the files of an ontology declare, without source locations: types, enums, relations, documents,
/// entities and events, and the files that hold data. Each file is bound on its own against this table, so the table
/// is all one file needs to know about the others. It is value-equal: an edit that changes no declaration leaves it
/// equal, and the files that did not change are not bound again. At run time the loader binds new files against
/// the compiled table, extended by what earlier loads declared.
/// </summary>
public sealed class SymbolTable : IEquatable<SymbolTable>
{
    private readonly Lazy<Lookups> _lookups;

    /// <summary>For a layer of run-time data: the table below, whose names it adds to without copying them.</summary>
    private readonly SymbolTable? _below;

    public SymbolTable(
        string? defaultNamespace,
        EquatableArray<EnumModel> enums,
        EquatableArray<TypeEntry> types,
        EquatableArray<RelationModel> relations,
        EquatableArray<RelationNameEntry> relationNames,
        EquatableArray<DocumentEntry> documents,
        EquatableArray<InstanceEntry> instances,
        EquatableArray<DataFileEntry> dataFiles)
    {
        DefaultNamespace = defaultNamespace;
        Enums = enums;
        Types = types;
        Relations = relations;
        RelationNames = relationNames;
        Documents = documents;
        Instances = instances;
        DataFiles = dataFiles;
        _lookups = new Lazy<Lookups>(() => new Lookups(this));
    }

    private SymbolTable(SymbolTable below, EquatableArray<DocumentEntry> documents, EquatableArray<InstanceEntry> instances, EquatableArray<DataFileEntry> dataFiles)
        : this(below.DefaultNamespace, below.Enums, below.Types, below.Relations, below.RelationNames, documents, instances, dataFiles)
    {
        _below = below;
        _lookups = new Lazy<Lookups>(() => new Lookups(this, below._lookups.Value));
    }

    public string? DefaultNamespace { get; }

    public EquatableArray<EnumModel> Enums { get; }

    /// <summary>Every type, the built-in kinds (Actor, Place, Event) included.</summary>
    public EquatableArray<TypeEntry> Types { get; }

    /// <summary>The relations whose declaration is valid.</summary>
    public EquatableArray<RelationModel> Relations { get; }

    /// <summary>Every name data may use for a relation, of valid and broken relations alike.</summary>
    public EquatableArray<RelationNameEntry> RelationNames { get; }

    /// <summary>The documents this table declares (for a layer of run-time data: those of the layer alone).</summary>
    public EquatableArray<DocumentEntry> Documents { get; }

    /// <summary>The entities and events this table declares (for a layer of run-time data: those of the layer alone).</summary>
    public EquatableArray<InstanceEntry> Instances { get; }

    public EquatableArray<DataFileEntry> DataFiles { get; }

    /// <summary>Every entity and event id, of the layers below too (for "did you mean").</summary>
    public IEnumerable<string> AllInstanceIds => Layers().SelectMany(t => t.Instances).Select(i => i.Id);

    /// <summary>Every document name, of the layers below too (for "did you mean").</summary>
    public IEnumerable<string> AllDocumentNames => Layers().SelectMany(t => t.Documents).Select(d => d.Name);

    public TypeEntry? FindType(string name) => _lookups.Value.Types.TryGetValue(name, out var type) ? type : null;

    public EnumModel? FindEnum(string name) => _lookups.Value.Enums.TryGetValue(name, out var @enum) ? @enum : null;

    public RelationModel? FindRelation(string name) => _lookups.Value.Relations.TryGetValue(name, out var relation) ? relation : null;

    public RelationNameEntry? FindRelationName(string name) => _lookups.Value.RelationNames.TryGetValue(name, out var use) ? use : null;

    public DocumentEntry? FindDocument(string name) => Find(t => t.Documents, name);

    public InstanceEntry? FindInstance(string id) => Find(t => t.Instances, id);

    /// <summary>
    /// The entity or event whose id looks the same as <paramref name="id"/> but is another id: the two are equal once
    /// look-alike Greek and Cyrillic letters are taken as Latin (<see cref="Scripts.Skeleton"/>).
    /// </summary>
    public InstanceEntry? FindLookAlike(string id)
    {
        var skeleton = Scripts.Skeleton(id);
        var found = (skeleton != id ? FindInstance(skeleton) : null) ?? Find(t => t.LookAlikes.Value, skeleton);
        return found is not null && found.Id != id ? found : null;
    }

    public DataFileEntry? FindDataFile(string path) => Find(t => t.DataFiles, path);

    /// <summary>The entity or event that becomes the C# member <paramref name="clrName"/> of <c>Entities</c> or <c>Events</c> of a namespace.</summary>
    public InstanceEntry? FindInstanceMember(string @namespace, bool isEvent, string clrName) =>
        Find(t => t.InstanceMembers.Value, (@namespace, isEvent, clrName));

    /// <summary>The document that becomes the C# member <paramref name="clrName"/> of <c>Documents</c> of a namespace.</summary>
    public DocumentEntry? FindDocumentMember(string @namespace, string clrName) => Find(t => t.DocumentMembers.Value, (@namespace, clrName));

    /// <summary>True when a value of type <paramref name="type"/> may stand where <paramref name="required"/> is asked for.</summary>
    public bool ConformsTo(TypeEntry type, TypeEntry required)
    {
        var hierarchy = _lookups.Value.Hierarchy;
        lock (hierarchy)
        {
            return hierarchy.Conforms(type, required);
        }
    }

    /// <summary>
    /// True when <paramref name="type"/> or a type above it declares a member named <paramref name="name"/> whose own
    /// type is unknown: the member is left out of the model, and what sets it is not reported again.
    /// </summary>
    public bool IsUnresolvedMember(TypeEntry type, string name)
    {
        var pending = new Stack<TypeEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        pending.Push(type);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current.Name))
            {
                continue;
            }

            if (!current.UnresolvedMembers.IsEmpty && current.UnresolvedMembers.Contains(name))
            {
                return true;
            }

            foreach (var above in current.Mixins.Prepend(current.Base))
            {
                if (above is not null && FindType(above) is { } entry)
                {
                    pending.Push(entry);
                }
            }
        }

        return false;
    }

    /// <summary>Every property and role of <paramref name="type"/>, inherited ones first.</summary>
    public IReadOnlyList<MemberModel> AllMembers(TypeEntry type)
    {
        var hierarchy = _lookups.Value.Hierarchy;
        lock (hierarchy)
        {
            return hierarchy.AllMembers(type);
        }
    }

    /// <summary>
    /// A table that adds documents, entities, events and data files to this one (run-time loads): a layer over it,
    /// so adding costs what is added, whatever this table holds. Layers merge as they grow (see <see cref="Compact"/>).
    /// </summary>
    public SymbolTable WithData(IEnumerable<DocumentEntry> documents, IEnumerable<InstanceEntry> instances, IEnumerable<DataFileEntry> files) =>
        new(this, documents.ToEquatableArray(), instances.ToEquatableArray(), files.ToEquatableArray());

    /// <summary>
    /// The same table with a layer merged into the one below it while that one is not more than twice its size, so a
    /// table made by many loads has a number of layers that grows with the logarithm of its size, and every entry is
    /// copied a logarithmic number of times in all.
    /// </summary>
    public SymbolTable Compact()
    {
        var top = this;
        while (top._below is { _below: not null } below && below.Size <= 2 * top.Size)
        {
            top = new SymbolTable(
                below._below,
                below.Documents.Concat(top.Documents).ToEquatableArray(),
                below.Instances.Concat(top.Instances).ToEquatableArray(),
                below.DataFiles.Concat(top.DataFiles).ToEquatableArray());
        }

        return top;
    }

    private int Size => Documents.Count + Instances.Count + DataFiles.Count;

    private IEnumerable<SymbolTable> Layers()
    {
        for (var table = this; table is not null; table = table._below)
        {
            yield return table;
        }
    }

    private T? Find<TKey, T>(Func<Lookups, Dictionary<TKey, T>> map, TKey key)
        where TKey : notnull
        where T : class
    {
        for (var table = this; table is not null; table = table._below)
        {
            if (map(table._lookups.Value).TryGetValue(key, out var found))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The table without entities, events and data files: what the compiled schema carries for the run-time loader.</summary>
    public SymbolTable SchemaOnly() => new(DefaultNamespace, Enums, Types, Relations, RelationNames, Layers().Reverse().SelectMany(t => t.Documents).ToEquatableArray(), default, default);

    public bool Equals(SymbolTable? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (DefaultNamespace == other.DefaultNamespace && Enums == other.Enums && Types == other.Types && Relations == other.Relations
                && RelationNames == other.RelationNames && Documents == other.Documents && Instances == other.Instances && DataFiles == other.DataFiles
                && Equals(_below, other._below)));

    public override bool Equals(object? obj) => Equals(obj as SymbolTable);

    public override int GetHashCode() => (Types.Count * 397) ^ (Instances.Count * 31) ^ Documents.Count;

    private sealed class Lookups
    {
        /// <summary>The lookups of a table; a layer shares the schema's with the table below it.</summary>
        public Lookups(SymbolTable table, Lookups? below = null)
        {
            Documents = ByName(table.Documents, d => d.Name);
            Instances = ByName(table.Instances, i => i.Id);
            DataFiles = ByName(table.DataFiles, f => f.Path);
            // Asked only when a later step declares names against this table (the next load): made then, not by every load.
            // Keyed by tuples, not by joined strings: a table made by many loads makes these again for each merged layer.
            InstanceMembers = new Lazy<Dictionary<(string, bool, string), InstanceEntry>>(() => ByKey(table.Instances, i => (i.Namespace, i.IsEvent, i.ClrName), null));
            DocumentMembers = new Lazy<Dictionary<(string, string), DocumentEntry>>(() => ByKey(table.Documents, d => (d.Namespace, d.ClrName), null));
            LookAlikes = new Lazy<Dictionary<string, InstanceEntry>>(() => LookAlikesOf(table.Instances));
            if (below is not null)
            {
                (Types, Enums, Relations, RelationNames, Hierarchy) = (below.Types, below.Enums, below.Relations, below.RelationNames, below.Hierarchy);
                return;
            }

            Types = ByName(table.Types, t => t.Name);
            Enums = ByName(table.Enums, e => e.Name);
            Relations = ByName(table.Relations, r => r.Name);
            RelationNames = ByName(table.RelationNames, r => r.Name);
            var types = Types;
            Hierarchy = new TypeHierarchy<TypeEntry, MemberModel>(
                t => t.Base is { } b && types.TryGetValue(b, out var found) ? found : null,
                t => t.Mixins.Select(m => types.TryGetValue(m, out var found) ? found : null).Where(m => m is not null).Select(m => m!),
                t => t.Members,
                t => t.Name,
                m => m.Name);
        }

        public Dictionary<string, TypeEntry> Types { get; }

        public Dictionary<string, EnumModel> Enums { get; }

        public Dictionary<string, RelationModel> Relations { get; }

        public Dictionary<string, RelationNameEntry> RelationNames { get; }

        public Dictionary<string, DocumentEntry> Documents { get; }

        public Dictionary<string, InstanceEntry> Instances { get; }

        public Dictionary<string, DataFileEntry> DataFiles { get; }

        /// <summary>Entities and events by the C# member they become: namespace, whether an event, member name.</summary>
        public Lazy<Dictionary<(string, bool, string), InstanceEntry>> InstanceMembers { get; }

        /// <summary>Documents by the C# member they become: namespace, member name.</summary>
        public Lazy<Dictionary<(string, string), DocumentEntry>> DocumentMembers { get; }

        /// <summary>The ids that hold look-alike letters, by their skeleton.</summary>
        public Lazy<Dictionary<string, InstanceEntry>> LookAlikes { get; }

        public TypeHierarchy<TypeEntry, MemberModel> Hierarchy { get; }

        /// <summary>The first entry of each name wins; names declared twice are reported by the declaration pass.</summary>
        private static Dictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string> name) => ByKey(items, name, StringComparer.Ordinal);

        private static Dictionary<TKey, T> ByKey<TKey, T>(IEnumerable<T> items, Func<T, TKey> keyOf, IEqualityComparer<TKey>? comparer)
            where TKey : notnull
        {
            var map = new Dictionary<TKey, T>(items is IReadOnlyCollection<T> collection ? collection.Count : 0, comparer);
            foreach (var item in items)
            {
                var key = keyOf(item);
                if (!map.ContainsKey(key))
                {
                    map.Add(key, item);
                }
            }

            return map;
        }

        private static Dictionary<string, InstanceEntry> LookAlikesOf(EquatableArray<InstanceEntry> instances)
        {
            var map = new Dictionary<string, InstanceEntry>(StringComparer.Ordinal);
            foreach (var instance in instances)
            {
                var skeleton = Scripts.Skeleton(instance.Id);
                if (skeleton != instance.Id && !map.ContainsKey(skeleton))
                {
                    map.Add(skeleton, instance);
                }
            }

            return map;
        }
    }
}
