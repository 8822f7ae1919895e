using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Yaml;

/// <summary>
/// Builds the located node tree from a parser's events, whichever parser reads the text: it bounds the nodes and the
/// depth, refuses repeated keys, hands the items of the sections its sink takes over as they end, and shares short texts
/// through the string pool. Once it has failed it takes no more events.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private const int RootDepth = 1;
    private const int SmallMapping = 8;

    private readonly string _text;
    private readonly Stack<Frame> _open = new();
    private LineMap? _lines;
    private string? _pendingSection;
    private int _nodes;

    public YamlTreeBuilder(string path, string text, YamlLimits limits, List<KgDiagnostic> diagnostics, StringPool? strings, IYamlItemSink? sink)
    {
        Path = path;
        _text = text;
        Limits = limits;
        Diagnostics = diagnostics;
        Strings = strings;
        Sink = sink;
    }

    public string Path { get; }

    public YamlLimits Limits { get; }

    public List<KgDiagnostic> Diagnostics { get; }

    /// <summary>Where scalars' short texts are kept once; null keeps each as read.</summary>
    public StringPool? Strings { get; }

    /// <summary>Takes the items of chosen top-level sections as they are read; null keeps everything in the tree.</summary>
    public IYamlItemSink? Sink { get; }

    public bool Failed { get; private set; }

    /// <summary>The document's node once it has ended; null before that, or when the text failed to read.</summary>
    public YamlNode? Root { get; private set; }

    public bool Done => Root is not null || Failed;

    /// <summary>Lists to collect a sequence's items and a mapping's entries in, one per depth, reused node after node.</summary>
    private ListsByDepth<YamlNode> Items { get; } = new();

    private ListsByDepth<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();

    /// <summary>The depth of a node that starts now: the document's node is at 1.</summary>
    private int DepthOfNext => _open.Count + RootDepth;

    public void Fail(KgDiagnostic diagnostic)
    {
        Diagnostics.Add(diagnostic);
        Failed = true;
    }

    /// <summary>
    /// Counts a node that starts here and checks it against the limits; false (and failed) when it is one too many or
    /// too deep. Every node passes here before its event (<see cref="Scalar"/>, <see cref="StartMapping"/>,
    /// <see cref="StartSequence"/>) is given.
    /// </summary>
    public bool Enter(YamlMark start, YamlMark end)
    {
        if (Failed)
        {
            return false;
        }

        if (++_nodes > Limits.MaxNodes)
        {
            Fail(Descriptors.Limits.TooManyNodes.At(Span(start, end), Limits.MaxNodes));
            return false;
        }

        if (DepthOfNext > Limits.MaxDepth)
        {
            Fail(Descriptors.Limits.TooDeep.At(Span(start, end), Limits.MaxDepth));
            return false;
        }

        return true;
    }

    public void Scalar(string value, bool isPlain, bool isBlock, YamlMark start, YamlMark end)
    {
        if (Failed)
        {
            return;
        }

        _pendingSection = null;
        var span = isBlock ? ContentSpan(start, end) : Span(start, end);
        var normalized = UnicodeText.Normalize(value);
        Complete(new YamlScalar(Strings?.Get(normalized) ?? normalized, isPlain, span));
    }

    public void StartMapping(YamlMark start)
    {
        if (Failed)
        {
            return;
        }

        var taken = TakeSection(isMapping: true);
        Entries.Rent(DepthOfNext);
        _open.Push(new Frame(isMapping: true, DepthOfNext, start, taken)
        {
            Seen = taken is null ? null : new Dictionary<string, YamlScalar>(StringComparer.Ordinal),
        });
    }

    public void StartSequence(YamlMark start)
    {
        if (Failed)
        {
            return;
        }

        var taken = TakeSection(isMapping: false);
        Items.Rent(DepthOfNext);
        _open.Push(new Frame(isMapping: false, DepthOfNext, start, taken));
    }

    public void EndMapping(YamlMark end)
    {
        if (Failed)
        {
            return;
        }

        var frame = _open.Pop();
        Complete(new YamlMapping(EquatableArray<KeyValuePair<YamlScalar, YamlNode>>.Adopt(Entries.Return(frame.Depth)), Span(frame.Start, end)));
    }

    public void EndSequence(YamlMark end)
    {
        if (Failed)
        {
            return;
        }

        var frame = _open.Pop();
        Complete(new YamlSequence(EquatableArray<YamlNode>.Adopt(Items.Return(frame.Depth)), Span(frame.Start, end)));
    }

    /// <summary>
    /// The section a mapping or list that starts now is taken as: the value of a top-level key the sink takes in this
    /// shape. Only that value itself, never what it nests.
    /// </summary>
    private string? TakeSection(bool isMapping)
    {
        var section = _pendingSection;
        _pendingSection = null;
        return section is not null && Sink!.Takes(section, isMapping) ? section : null;
    }

    private void Complete(YamlNode node)
    {
        if (_open.Count == 0)
        {
            Root = node;
            return;
        }

        var frame = _open.Peek();
        if (!frame.IsMapping)
        {
            if (frame.Taken is not null)
            {
                Sink!.Item(frame.Taken, null, node);
            }
            else
            {
                Items.Current(frame.Depth).Add(node);
            }

            return;
        }

        if (frame.Key is null)
        {
            frame.Key = node;

            // A top-level key names the section its value may be taken as: decided before the value is read, so that
            // the value of a repeated key (reported below and dropped) is never handed over.
            if (frame.Depth == RootDepth && Sink is not null)
            {
                var entries = Entries.Current(frame.Depth);
                _pendingSection = node is YamlScalar section && FindKey(entries, ref frame.Seen, section.Value) is null ? section.Value : null;
            }

            return;
        }

        var keyNode = frame.Key;
        frame.Key = null;
        AddEntry(frame, keyNode, node);
    }

    private void AddEntry(Frame frame, YamlNode keyNode, YamlNode value)
    {
        if (keyNode is not YamlScalar key)
        {
            Diagnostics.Add(Descriptors.WrongShape.At(keyNode.Span, "A key", "a scalar", keyNode.ShapeName));
            return;
        }

        if (frame.Taken is not null)
        {
            if (frame.Seen!.TryGetValue(key.Value, out var earlier))
            {
                Diagnostics.Add(Descriptors.DuplicateName.At(key.Span, "Key", key.Value, earlier.Span));
            }
            else
            {
                frame.Seen.Add(key.Value, key);
                Sink!.Item(frame.Taken, key, value);
            }

            return;
        }

        var entries = Entries.Current(frame.Depth);
        if (FindKey(entries, ref frame.Seen, key.Value) is { } first)
        {
            Diagnostics.Add(Descriptors.DuplicateName.At(key.Span, "Key", key.Value, first.Span));
            return;
        }

        frame.Seen?.Add(key.Value, key);
        entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
    }

    /// <summary>
    /// The key already in <paramref name="entries"/> with this text, if any. Most mappings have a few keys, searched in
    /// place; from <see cref="SmallMapping"/> keys on, <paramref name="index"/> is made and kept up to date by the caller.
    /// </summary>
    private static YamlScalar? FindKey(List<KeyValuePair<YamlScalar, YamlNode>> entries, ref Dictionary<string, YamlScalar>? index, string key)
    {
        if (index is null && entries.Count >= SmallMapping)
        {
            index = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                index.Add(entry.Key.Value, entry.Key);
            }
        }

        if (index is not null)
        {
            return index.TryGetValue(key, out var found) ? found : null;
        }

        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry.Key;
            }
        }

        return null;
    }

    /// <summary>
    /// The span between two marks of a parser. Marks past the end of the text (YamlDotNet reports some errors at a line
    /// after the last) are moved to the end, so that every diagnostic lies inside its file.
    /// </summary>
    public SourceSpan Span(YamlMark start, YamlMark end)
    {
        if (start.Index > _text.Length || end.Index > _text.Length || start.Line > Lines.Count || end.Line > Lines.Count)
        {
            var startIndex = Math.Min(Math.Max(0, start.Index), _text.Length);
            var endIndex = Math.Min(Math.Max(startIndex, end.Index), _text.Length);
            var (line, column) = Position(startIndex);
            var (lastLine, lastColumn) = Position(endIndex);
            return new SourceSpan(Path, startIndex, endIndex, line, column, lastLine, lastColumn);
        }

        var startLine = Math.Max(1, start.Line);
        var startColumn = Math.Max(1, start.Column);
        var endLine = Math.Max(startLine, end.Line);
        var endColumn = Math.Max(1, end.Column);
        return new SourceSpan(Path, start.Index, Math.Max(start.Index, end.Index), startLine, startColumn, endLine, endColumn);
    }

    /// <summary>
    /// A block scalar (<c>|</c> or <c>&gt;</c>) from its first character of text on, not from its indicator: a message
    /// about the text points at the text.
    /// </summary>
    private SourceSpan ContentSpan(YamlMark start, YamlMark end)
    {
        var whole = Span(start, end);
        var i = _text.IndexOf('\n', whole.Start);
        if (i < 0 || i >= whole.End)
        {
            return whole;
        }

        while (i < whole.End && _text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i >= whole.End ? whole : SpanAt(i, whole.End - i);
    }

    /// <summary>The span of <paramref name="length"/> characters from <paramref name="index"/> (kept inside the text).</summary>
    public SourceSpan SpanAt(int index, int length)
    {
        var start = Math.Min(Math.Max(0, index), _text.Length);
        var end = Math.Min(start + Math.Max(0, length), _text.Length);
        var (line, column) = Position(start);
        var (lastLine, lastColumn) = Position(end);
        return new SourceSpan(Path, start, end, line, column, lastLine, lastColumn);
    }

    private LineMap Lines => _lines ??= new LineMap(_text);

    private (int Line, int Column) Position(int index) => Lines.Position(index);

    /// <summary>A mapping or list being read: where it starts, the section it is taken as, and a mapping's key awaiting its value.</summary>
    private sealed class Frame
    {
        public Frame(bool isMapping, int depth, YamlMark start, string? taken)
        {
            IsMapping = isMapping;
            Depth = depth;
            Start = start;
            Taken = taken;
        }

        public bool IsMapping { get; }

        /// <summary>The node's own depth: the document's node is at 1.</summary>
        public int Depth { get; }

        public YamlMark Start { get; }

        public string? Taken { get; }

        public YamlNode? Key;

        public Dictionary<string, YamlScalar>? Seen;
    }

    /// <summary>
    /// A list per nesting depth, lent while a node is read and emptied into an array of the exact size when it ends: a
    /// file of many small mappings then costs one array per mapping, not a growing list each.
    /// </summary>
    private sealed class ListsByDepth<T>
    {
        private readonly List<List<T>> _lists = new();

        public void Rent(int depth)
        {
            while (_lists.Count <= depth)
            {
                _lists.Add(new List<T>());
            }

            _lists[depth].Clear();
        }

        public List<T> Current(int depth) => _lists[depth];

        public T[] Return(int depth)
        {
            var items = _lists[depth].ToArray();
            _lists[depth].Clear();
            return items;
        }
    }
}
