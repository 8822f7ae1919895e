using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Syntax.Compact;

/// <summary>
/// The entities, events and facts of one file kept as bytes rather than as syntax objects, for a reader that binds the
/// file once (the run-time loader). A large file's syntax is many small objects that outlive the collector's young
/// generations only to die during binding; kept as bytes, it is about the size of the text, and each item read back is
/// new syntax that dies young. Reading with release drops the bytes as they are read. The entities' and events' headers
/// (name and type), which the declaration step reads before anything is bound, are kept apart and read on their own.
/// One reading at a time: the readings of a file share one cache of strings.
/// </summary>
public sealed class CompactItems
{
    private readonly string _path;
    private readonly Stream _entities;
    private readonly Stream _events;
    private readonly Stream _facts;
    private StringCache? _strings;

    public CompactItems(string path)
    {
        _path = path;
        _entities = new Stream(this);
        _events = new Stream(this);
        _facts = new Stream(this);
    }

    public int EntityCount => _entities.Count;

    private StringCache Strings => _strings ??= new StringCache();

    public int EventCount => _events.Count;

    public int FactCount => _facts.Count;

    public bool IsEmpty => EntityCount == 0 && EventCount == 0 && FactCount == 0;

    /// <summary>What the items take as bytes, for measuring (before any reading that releases).</summary>
    public long Bytes => _entities.Bytes.Length + _events.Bytes.Length + _facts.Bytes.Length + _entities.HeaderBytes.Length + _events.HeaderBytes.Length;

    /// <summary>
    /// The ids of the documents the items' sources name, each once: the entities' first, then the events', then the
    /// facts', as a whole file's syntax lists them.
    /// </summary>
    public IReadOnlyList<string> NamedDocuments
    {
        get
        {
            var named = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in _entities.Named.Concat(_events.Named).Concat(_facts.Named))
            {
                if (seen.Add(document))
                {
                    named.Add(document);
                }
            }

            return named;
        }
    }

    public void AddEntity(InstanceSyntax entity) => Add(_entities, entity);

    public void AddEvent(InstanceSyntax @event) => Add(_events, @event);

    public void AddFact(FactSyntax fact)
    {
        _facts.Writer.Fact(fact);
        _facts.Count++;
        _facts.Name(fact.Sources);
    }

    /// <summary>The entities (or the events) in the order added, each as new syntax. With <paramref name="release"/> the bytes are dropped as read, and cannot be read again.</summary>
    public IEnumerable<InstanceSyntax> Instances(bool events, bool release)
    {
        var stream = events ? _events : _entities;
        var reader = stream.Reader(release);
        for (var i = 0; i < stream.Count; i++)
        {
            yield return reader.Instance();
        }

        reader.End();
    }

    /// <summary>The headers of the entities (or the events) in the order added, as new syntax; they may be read any number of times.</summary>
    public EquatableArray<InstanceSyntax> Headers(bool events)
    {
        var stream = events ? _events : _entities;
        var reader = stream.HeaderReader();
        var headers = new InstanceSyntax[stream.Count];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = reader.Header();
        }

        return EquatableArray<InstanceSyntax>.Adopt(headers);
    }

    /// <summary>The facts in the order added, each as new syntax; see <see cref="Instances"/>.</summary>
    public IEnumerable<FactSyntax> Facts(bool release)
    {
        var reader = _facts.Reader(release);
        for (var i = 0; i < _facts.Count; i++)
        {
            yield return reader.Fact();
        }

        reader.End();
    }

    private void Add(Stream stream, InstanceSyntax instance)
    {
        stream.Writer.Instance(instance);
        stream.HeaderWriter.Header(instance);
        stream.Count++;
        stream.Name(instance.Sources);
    }


    /// <summary>One kind of item: its bytes, how many, and the writer that fills them.</summary>
    private sealed class Stream
    {
        private readonly CompactItems _owner;

        public Stream(CompactItems owner)
        {
            _owner = owner;
            Writer = new SyntaxWriter(Bytes, owner._path);
            HeaderWriter = new SyntaxWriter(HeaderBytes, owner._path);
        }

        public ByteChunks Bytes { get; } = new();

        public SyntaxWriter Writer { get; }

        /// <summary>The headers of an entity or event stream (empty for facts).</summary>
        public ByteChunks HeaderBytes { get; } = new();

        public SyntaxWriter HeaderWriter { get; }

        public int Count { get; set; }

        /// <summary>The documents this kind of item names, each once, in the order first named.</summary>
        public List<string> Named { get; } = new();

        private readonly HashSet<string> _named = new(StringComparer.Ordinal);

        public void Name(EquatableArray<SourceSyntax> sources)
        {
            if (sources.IsEmpty)
            {
                return; // most items: no iterator made
            }

            foreach (var document in SourceSyntax.Documents(sources))
            {
                if (_named.Add(document))
                {
                    Named.Add(document);
                }
            }
        }

        public SyntaxReader Reader(bool release) => new(Bytes.Read(release), _owner.Strings, _owner._path);

        public SyntaxReader HeaderReader() => new(HeaderBytes.Read(release: false), _owner.Strings, _owner._path);
    }
}
