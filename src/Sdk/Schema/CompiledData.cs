using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Tables;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph;

/// <summary>
/// Every compiled entity, event, document and fact, made once from the generated data tables through the generated
/// factories (the same ones the run-time loader uses). The tables are read record by record and each thing is made
/// as it is read, so no model of the data outlives its record. The generated <c>Entities</c>, <c>Events</c> and
/// <c>Documents</c> classes and graph factories read from it; user code has no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CompiledData
{
    private readonly Dictionary<string, Entity[]> _instancesByFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentInfo[]> _documentsByFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> _entitiesIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> _eventsIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DocumentInfo>> _documentsIn = new(StringComparer.Ordinal);
    private readonly List<Entity> _entities;
    private readonly List<Entity> _events;
    private readonly List<Fact> _facts;
    private readonly List<Omission> _omissions = new();
    private readonly Dictionary<string, string> _documentTexts = new(StringComparer.Ordinal);
    private readonly InstanceMaterializer _materializer;
    private readonly List<CompiledFile> _files = new();
    private readonly Lazy<IReadOnlyList<InstanceEntry>> _declarations;
    private readonly int _eventEdges; // the role links and implied facts adding the events makes

    public CompiledData(OntologySchema schema, IReadOnlyList<DataTable> tables)
    {
        var documents = new Dictionary<string, DocumentInfo>(StringComparer.Ordinal);
        _materializer = new InstanceMaterializer(schema, _ => null, name => documents[name]);
        var reading = new Reading(this, documents);
        ReadInPhases(schema, tables, reading);

        // What named something later in the tables is made now, in an order that makes what it names first.
        foreach (var file in reading.WaitingInstances)
        {
            for (var i = 0; i < file.Indexes.Count; i++)
            {
                file.Slots[file.Indexes[i]] = _materializer.Resolve(file.Ids[i]);
            }
        }

        Waited = reading.WaitingFacts.Count;
        foreach (var file in reading.WaitingInstances)
        {
            Waited += file.Indexes.Count;
        }

        for (var i = 0; i < reading.WaitingFacts.Count; i++)
        {
            reading.Facts[reading.WaitingFactIndexes[i]] = _materializer.CreateFact(reading.WaitingFacts[i]);
        }

        for (var i = 0; i < reading.WaitingOmissions.Count; i++)
        {
            _omissions[reading.WaitingOmissionIndexes[i]] = _materializer.CreateOmission(reading.WaitingOmissions[i]);
        }

        _facts = reading.Facts;
        _materializer.EndReading();
        // Every list made at its size (plain loops: LINQ over this start-up path would be compiled at run time).
        var (entityCount, eventCount) = (0, 0);
        foreach (var file in _files)
        {
            var events = file.EventCount();
            (entityCount, eventCount) = (entityCount + file.Instances.Length - events, eventCount + events);
            var (entitiesHere, eventsHere) = (In(_entitiesIn, file.Namespace), In(_eventsIn, file.Namespace));
            entitiesHere.Capacity = entitiesHere.Capacity + file.Instances.Length - events;
            eventsHere.Capacity = eventsHere.Capacity + events;
        }

        (_entities, _events) = (new List<Entity>(entityCount), new List<Entity>(eventCount));
        var roles = new RoleBinding[8];
        foreach (var file in _files)
        {
            foreach (var instance in file.Instances)
            {
                var isEvent = instance.IsEventObject;
                (isEvent ? _events : _entities).Add(instance);
                _eventEdges += isEvent ? GraphBuilder.EdgeCount((Event)instance, ref roles) : 0;
                In(isEvent ? _eventsIn : _entitiesIn, file.Namespace).Add(instance);
            }
        }

        _declarations = new Lazy<IReadOnlyList<InstanceEntry>>(() => _files
            .SelectMany(f => f.Instances.Select(i => new InstanceEntry(i.Id, f.Namespace, Identifiers.ToPascal(i.Id), i is Event, i.TypeName, f.File + " (compiled)")))
            .ToList());
    }

    /// <summary>
    /// Reads the tables side by side, each through one phase before any goes on (<see cref="DataPhase"/>): what the
    /// events and facts of one table name in a later table is made before them, so they need not wait.
    /// </summary>
    private static void ReadInPhases(OntologySchema schema, IReadOnlyList<DataTable> tables, Reading reading)
    {
        var interner = new FieldInterner(); // enum members and booleans, one string each across the tables
        var (reads, files) = (new DataTable.Reading[tables.Count], new Reading.FileState[tables.Count]);
        try
        {
            for (var i = 0; i < tables.Count; i++)
            {
                reading.Enter(files[i] = new Reading.FileState());
                reads[i] = tables[i].Open(schema.Table, reading, interner);
            }

            reading.Reserve();

            // Entities in an order that reads what they name first; events and facts, which wait for nothing read
            // then, in the tables' own order, which is the order of the graph's facts.
            var (classNames, needs) = (new string[tables.Count], new string[tables.Count][]);
            for (var i = 0; i < tables.Count; i++)
            {
                (classNames[i], needs[i]) = (reads[i].ClassName, reads[i].Needs);
            }

            foreach (var i in TableOrder.NeededFirst(classNames, needs))
            {
                reading.Enter(files[i]);
                reads[i].ReadThrough(DataPhase.Entities);
            }

            foreach (var phase in LaterPhases)
            {
                for (var i = 0; i < tables.Count; i++)
                {
                    reading.Enter(files[i]);
                    reads[i].ReadThrough(phase);
                }
            }

            for (var i = 0; i < tables.Count; i++)
            {
                reads[i].End();
                reading.EndFile(files[i]);
            }
        }
        finally
        {
            foreach (var read in reads)
            {
                read?.Dispose();
            }
        }
    }

    private static readonly DataPhase[] LaterPhases = { DataPhase.Events, DataPhase.Facts };

    /// <summary>How many entities, events and facts had to wait for the end of the tables (for tests and benchmarks: each costs a second lookup).</summary>
    internal int Waited { get; }

    /// <summary>The entities and events of one data table, in its order (what the generated members index).</summary>
    public Entity[] InstancesOf(string className) => _instancesByFile[className];

    public DocumentInfo[] DocumentsOf(string className) => _documentsByFile.TryGetValue(className, out var documents) ? documents : Array.Empty<DocumentInfo>();

    public IReadOnlyList<Entity> EntitiesIn(string @namespace) => Of(_entitiesIn, @namespace);

    public IReadOnlyList<Entity> EventsIn(string @namespace) => Of(_eventsIn, @namespace);

    public IReadOnlyList<DocumentInfo> DocumentsIn(string @namespace) => Of(_documentsIn, @namespace);

    /// <summary>A copy of a namespace's list; never writes, as many threads read this object once it is made.</summary>
    private static T[] Of<T>(Dictionary<string, List<T>> byNamespace, string @namespace) =>
        byNamespace.TryGetValue(@namespace, out var list) ? list.ToArray() : Array.Empty<T>();

    public Entity? Find(string id) => _materializer.Find(id);

    /// <summary>
    /// Adds every compiled document, then every entity, then every event (with the facts it implies), then every stated
    /// fact, then every omitted passage.
    /// </summary>
    public void AddTo(GraphBuilder builder)
    {
        builder.Reserve(_entities.Count + _events.Count, _facts.Count + _eventEdges);
        foreach (var (_, documents) in _documentsByFile)
        {
            foreach (var document in documents)
            {
                builder.Add(document);
            }
        }

        builder.AddRange(_entities);
        builder.AddRange(_events);
        builder.AddRange(_facts);
        foreach (var omission in _omissions)
        {
            builder.Add(omission);
        }
    }

    /// <summary>The compiled entities and events as the run-time loader's symbol table knows them.</summary>
    internal IReadOnlyList<InstanceEntry> Declarations => _declarations.Value;

    /// <summary>Every compiled document.</summary>
    internal IEnumerable<DocumentInfo> AllDocuments => _documentsByFile.Values.SelectMany(d => d);

    /// <summary>The text of a compiled document, by name (the run-time loader checks quotes of loaded files in it).</summary>
    internal string? DocumentText(string name) => _documentTexts.TryGetValue(name, out var text) ? text : null;

    /// <summary>One data table's entities and events, in table order.</summary>
    private sealed class CompiledFile
    {
        public CompiledFile(string @namespace, string file, Entity[] instances) => (Namespace, File, Instances) = (@namespace, file, instances);

        public string Namespace { get; }

        public string File { get; }

        public Entity[] Instances { get; }

        /// <summary>How many of the instances are events (once every slot is filled).</summary>
        public int EventCount()
        {
            var events = 0;
            foreach (var instance in Instances)
            {
                events += instance.IsEventObject ? 1 : 0;
            }

            return events;
        }
    }

    /// <summary>The places in one file's slots of the entities that wait for the end of the tables, and their ids.</summary>
    private sealed class WaitingSlots
    {
        public Entity[] Slots { get; set; } = Array.Empty<Entity>();

        public List<int> Indexes { get; } = new();

        public List<string> Ids { get; } = new();
    }

    private static List<T> In<T>(Dictionary<string, List<T>> byNamespace, string @namespace)
    {
        if (!byNamespace.TryGetValue(@namespace, out var list))
        {
            byNamespace.Add(@namespace, list = new List<T>());
        }

        return list;
    }

    /// <summary>Makes each record of the tables as it is read; what names something not made yet waits for the end.</summary>
    private sealed class Reading : IDataRecordSink
    {
        private readonly CompiledData _data;
        private readonly Dictionary<string, DocumentInfo> _documents;
        private FileState _current = new();
        private int _expectedInstances;
        private int _expectedFacts;

        /// <summary>What is read of one table: the tables are read side by side, and the reader says which it reads now.</summary>
        public sealed class FileState
        {
            public DataFileEntry? File { get; set; }

            /// <summary>The file's entities and events, in table order: what its generated members index.</summary>
            public Entity?[] Instances { get; set; } = Array.Empty<Entity?>();

            public int InstanceCount { get; set; }

            public List<DocumentInfo> Documents { get; } = new();

            public WaitingSlots Waiting { get; } = new();

            /// <summary>The entity each of the table's id numbers stands for, once made or found: a record finds it with no lookup by id.</summary>
            public Entity?[] Named { get; set; } = Array.Empty<Entity?>();
        }

        /// <summary>The table the records that follow belong to.</summary>
        public void Enter(FileState file) => _current = file;

        public Reading(CompiledData data, Dictionary<string, DocumentInfo> documents)
        {
            _data = data;
            _documents = documents;
        }

        /// <summary>Per file, the slots of entities that wait for the end of the tables.</summary>
        public List<WaitingSlots> WaitingInstances { get; } = new();

        /// <summary>Facts that wait, with their places in <see cref="Facts"/> (parallel lists: a list of pairs would be compiled at start-up).</summary>
        public List<FactModel> WaitingFacts { get; } = new();

        public List<int> WaitingFactIndexes { get; } = new();

        /// <summary>Every fact in table order; a fact that waits for the end is a null until the constructor makes it.</summary>
        public List<Fact> Facts { get; } = new();

        public void File(DataFileEntry file) => _current.File = file;

        public void Document(DocumentModel document)
        {
            var info = DocumentInfo.From(document);
            _documents[document.Name] = info;
            _data._documentTexts[document.Name] = document.Text;
            _current.Documents.Add(info);
        }

        /// <summary>
        /// What the table reader calls: the entity is made straight from the record, with no model in between, unless it
        /// names an entity or cites a document further down the tables; then it waits, as its bytes.
        /// </summary>
        public void Instance(InstanceRecord record)
        {
            var named = _current.Named;
            var made = Cited(record.Sources) ? _data._materializer.TryMake(record, named) : null;
            if (made is null)
            {
                _data._materializer.Defer(record.Keep(), named);
            }

            Add(made, record.Id);
        }

        public void Instance(InstanceModel instance)
        {
            var made = Cited(instance.Sources) ? _data._materializer.TryMake(instance) : null;
            if (made is null)
            {
                _data._materializer.Defer(instance);
            }

            Add(made, instance.Id);
        }

        /// <summary>The table's counts, read before its records: the file's slots, the facts and the index of ids are made at their size.</summary>
        public void Expect(int instances, int facts, int ids)
        {
            _current.Instances = new Entity?[instances];
            _current.Named = new Entity?[ids];
            (_expectedInstances, _expectedFacts) = (_expectedInstances + instances, _expectedFacts + facts);
        }

        /// <summary>
        /// Makes room for what every table opened expects, at once: the tables are opened side by side, so room made
        /// table by table would be made again for each.
        /// </summary>
        public void Reserve()
        {
            Facts.EnsureCapacity(_expectedFacts);
            _data._materializer.Expect(_expectedInstances);
        }

        private void Add(Entity? made, string id)
        {
            var file = _current;
            if (file.InstanceCount == file.Instances.Length)
            {
                var grown = file.Instances;
                Array.Resize(ref grown, Math.Max(4, file.InstanceCount * 2)); // a table whose counts were not given
                file.Instances = grown;
            }

            if (made is null)
            {
                file.Waiting.Indexes.Add(file.InstanceCount);
                file.Waiting.Ids.Add(id);
            }

            file.Instances[file.InstanceCount++] = made;
        }

        /// <summary>What the table reader calls: the fact is made at once when both its ends are, with no model in between.</summary>
        public void Fact(FactRecord fact)
        {
            var named = _current.Named;
            if (Cited(fact.Sources) && _data._materializer.Named(fact.SubjectNumber, fact.Subject, named) is { } subject
                && _data._materializer.Named(fact.ObjectNumber, fact.Object, named) is { } @object)
            {
                Facts.Add(_data._materializer.CreateFact(fact, subject, @object));
            }
            else
            {
                Wait(fact.ToModel());
            }
        }

        public void Fact(FactModel fact)
        {
            if (Cited(fact.Sources) && _data._materializer.Find(fact.Subject) is { } subject && _data._materializer.Find(fact.Object) is { } @object)
            {
                Facts.Add(_data._materializer.CreateFact(fact, subject, @object));
            }
            else
            {
                Wait(fact);
            }
        }

        private void Wait(FactModel fact)
        {
            WaitingFacts.Add(fact);
            WaitingFactIndexes.Add(Facts.Count);
            Facts.Add(null!);
        }

        public void Omission(OmissionModel omission)
        {
            if (_documents.ContainsKey(omission.Passage.Document))
            {
                _data._omissions.Add(_data._materializer.CreateOmission(omission));
            }
            else
            {
                WaitingOmissions.Add(omission);
                WaitingOmissionIndexes.Add(_data._omissions.Count);
                _data._omissions.Add(null!);
            }
        }

        /// <summary>Omitted passages of a document further down the tables: made once every table is read.</summary>
        public List<OmissionModel> WaitingOmissions { get; } = new();

        public List<int> WaitingOmissionIndexes { get; } = new();

        /// <summary>Whether every document <paramref name="sources"/> cite is read already (a data file may cite one declared in a later file).</summary>
        private bool Cited(EquatableArray<SourceModel> sources)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                if (!_documents.ContainsKey(sources[i].Document))
                {
                    return false;
                }
            }

            return true;
        }

        public void EndFile(FileState file)
        {
            // The slots of instances still to make are filled before the constructor ends.
            var slots = (Entity[])(object)(file.InstanceCount == file.Instances.Length ? file.Instances : file.Instances[..file.InstanceCount]);
            var entry = file.File!;
            _data._instancesByFile[entry.ClassName] = slots;
            _data._documentsByFile[entry.ClassName] = file.Documents.ToArray();
            In(_data._documentsIn, entry.Namespace).AddRange(file.Documents); // in the tables' order, whatever order read them
            _data._files.Add(new CompiledFile(entry.Namespace, entry.Path, slots));
            if (file.Waiting.Indexes.Count > 0)
            {
                file.Waiting.Slots = slots;
                WaitingInstances.Add(file.Waiting);
            }
        }
    }
}
