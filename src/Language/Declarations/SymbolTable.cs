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

    public string? DefaultNamespace { get; }

    public EquatableArray<EnumModel> Enums { get; }

    /// <summary>Every type, the built-in kinds (Actor, Place, Event) included.</summary>
    public EquatableArray<TypeEntry> Types { get; }

    /// <summary>The relations whose declaration is valid.</summary>
    public EquatableArray<RelationModel> Relations { get; }

    /// <summary>Every name data may use for a relation, of valid and broken relations alike.</summary>
    public EquatableArray<RelationNameEntry> RelationNames { get; }

    public EquatableArray<DocumentEntry> Documents { get; }

    public EquatableArray<InstanceEntry> Instances { get; }

    public EquatableArray<DataFileEntry> DataFiles { get; }

    public TypeEntry? FindType(string name) => _lookups.Value.Types.TryGetValue(name, out var type) ? type : null;

    public EnumModel? FindEnum(string name) => _lookups.Value.Enums.TryGetValue(name, out var @enum) ? @enum : null;

    public RelationModel? FindRelation(string name) => _lookups.Value.Relations.TryGetValue(name, out var relation) ? relation : null;

    public RelationNameEntry? FindRelationName(string name) => _lookups.Value.RelationNames.TryGetValue(name, out var use) ? use : null;

    public DocumentEntry? FindDocument(string name) => _lookups.Value.Documents.TryGetValue(name, out var document) ? document : null;

    public InstanceEntry? FindInstance(string id) => _lookups.Value.Instances.TryGetValue(id, out var instance) ? instance : null;

    public DataFileEntry? FindDataFile(string path) => _lookups.Value.DataFiles.TryGetValue(path, out var file) ? file : null;

    /// <summary>True when a value of type <paramref name="type"/> may stand where <paramref name="required"/> is asked for.</summary>
    public bool ConformsTo(TypeEntry type, TypeEntry required)
    {
        var hierarchy = _lookups.Value.Hierarchy;
        lock (hierarchy)
        {
            return hierarchy.Supertypes(type).Contains(required);
        }
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

    /// <summary>A table with the same schema and documents, entities, events and data files added (run-time loads).</summary>
    public SymbolTable WithData(IEnumerable<DocumentEntry> documents, IEnumerable<InstanceEntry> instances, IEnumerable<DataFileEntry> files) => new(
        DefaultNamespace, Enums, Types, Relations, RelationNames,
        Documents.Concat(documents).ToEquatableArray(), Instances.Concat(instances).ToEquatableArray(), DataFiles.Concat(files).ToEquatableArray());

    /// <summary>The table without entities, events and data files: what the compiled schema carries for the run-time loader.</summary>
    public SymbolTable SchemaOnly() => new(DefaultNamespace, Enums, Types, Relations, RelationNames, Documents, default, default);

    public bool Equals(SymbolTable? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (DefaultNamespace == other.DefaultNamespace && Enums == other.Enums && Types == other.Types && Relations == other.Relations
                && RelationNames == other.RelationNames && Documents == other.Documents && Instances == other.Instances && DataFiles == other.DataFiles));

    public override bool Equals(object? obj) => Equals(obj as SymbolTable);

    public override int GetHashCode() => (Types.Count * 397) ^ (Instances.Count * 31) ^ Documents.Count;

    private sealed class Lookups
    {
        public Lookups(SymbolTable table)
        {
            Types = ByName(table.Types, t => t.Name);
            Enums = ByName(table.Enums, e => e.Name);
            Relations = ByName(table.Relations, r => r.Name);
            RelationNames = ByName(table.RelationNames, r => r.Name);
            Documents = ByName(table.Documents, d => d.Name);
            Instances = ByName(table.Instances, i => i.Id);
            DataFiles = ByName(table.DataFiles, f => f.Path);
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

        public TypeHierarchy<TypeEntry, MemberModel> Hierarchy { get; }

        /// <summary>The first entry of each name wins; names declared twice are reported by the declaration pass.</summary>
        private static Dictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string> name)
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!map.ContainsKey(name(item)))
                {
                    map.Add(name(item), item);
                }
            }

            return map;
        }
    }
}
