using System;
using System.Collections.Generic;
using System.IO;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeGraph.Language.Yaml;

/// <summary>
/// Reads YAML text into located nodes with YamlDotNet's event parser. Anchors, aliases and tags are refused
/// (so nothing is ever expanded or instantiated), depth and size are bounded, and every failure becomes a
/// diagnostic instead of an exception.
/// </summary>
public static class YamlTreeReader
{
    public static YamlNode? Read(string path, string text, YamlLimits limits, List<KgDiagnostic> diagnostics) =>
        Read(path, text, limits, diagnostics, new StringPool());

    /// <summary>
    /// Reads a file whose scalars share one copy of each short text through <paramref name="strings"/>; the items of
    /// the top-level sections <paramref name="sink"/> takes are handed to it as they end instead of kept in the tree.
    /// When the file turns out not to read (null), what was handed over belongs to no file.
    /// </summary>
    public static YamlNode? Read(string path, string text, YamlLimits limits, List<KgDiagnostic> diagnostics, StringPool? strings, IYamlItemSink? sink = null)
    {
        if (text.Length > limits.MaxCharacters)
        {
            diagnostics.Add(Descriptors.Limits.FileTooLarge.At(new SourceSpan(path, 0, 0, 1, 1, 1, 1), text.Length, limits.MaxCharacters));
            return null;
        }

        var state = new ReaderState(path, text, limits, diagnostics, strings) { Sink = sink };
        var replaced = text.IndexOf(UnicodeText.Replacement);
        if (replaced >= 0)
        {
            diagnostics.Add(Descriptors.InvalidEncoding.At(state.SpanAt(replaced, 1)));
        }

        var scanner = new Scanner(new StringReader(text));
        try
        {
            var parser = new Parser(scanner);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, state, RootDepth);
            if (root is null && state.Failed)
            {
                return null;
            }

            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(Descriptors.UnsupportedYaml.At(state.Span(second.Start, second.End), "Several documents in one file", "; split them into separate .kg.yaml files"));
                return null;
            }

            return root;
        }
        catch (YamlException exception)
        {
            diagnostics.Add(YamlErrors.Explain(exception, text, state.Span(exception.Start, exception.End), state.SpanAt));
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
        {
            // YamlDotNet signals some malformed input (an escape that names no character) with these, at the scanner's place.
            var at = (int)Math.Min(Math.Max(0, scanner.CurrentPosition.Index), text.Length);
            diagnostics.Add(YamlErrors.Explain(exception, text, at, state.SpanAt));
            return null;
        }
    }

    private static YamlNode? ReadNode(IParser parser, ReaderState state, int depth)
    {
        if (state.Failed)
        {
            return null;
        }

        var current = parser.Current ?? throw new InvalidOperationException("The YAML parser stopped early.");
        if (++state.Nodes > state.Limits.MaxNodes)
        {
            state.Fail(Descriptors.Limits.TooManyNodes.At(state.Span(current.Start, current.End), state.Limits.MaxNodes));
            return null;
        }

        if (depth > state.Limits.MaxDepth)
        {
            state.Fail(Descriptors.Limits.TooDeep.At(state.Span(current.Start, current.End), state.Limits.MaxDepth));
            return null;
        }

        switch (current)
        {
            case AnchorAlias alias:
                state.Fail(Descriptors.UnsupportedYaml.At(state.Span(alias.Start, alias.End), "Aliases (*name)", "; repeat the value instead"));
                return null;
            case NodeEvent node when !node.Anchor.IsEmpty:
                state.Fail(Descriptors.UnsupportedYaml.At(state.Span(node.Start, node.End), "Anchors (&name)", "; repeat the value instead"));
                return null;
            case NodeEvent node when !node.Tag.IsEmpty:
                state.Fail(Descriptors.UnsupportedYaml.At(state.Span(node.Start, node.End), $"Tags ({node.Tag.Value})", "; remove the tag"));
                return null;
            case Scalar scalar:
                parser.MoveNext();
                var span = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded ? state.ContentSpan(scalar.Start, scalar.End) : state.Span(scalar.Start, scalar.End);
                var value = UnicodeText.Normalize(scalar.Value);
                return new YamlScalar(state.Strings?.Get(value) ?? value, scalar.Style == ScalarStyle.Plain, span);
            case SequenceStart sequenceStart:
                return ReadSequence(parser, state, depth, sequenceStart);
            case MappingStart mappingStart:
                return ReadMapping(parser, state, depth, mappingStart);
            default:
                throw new InvalidOperationException($"Unexpected YAML event {current.GetType().Name}.");
        }
    }

    private const int RootDepth = 1;

    private static YamlNode? ReadSequence(IParser parser, ReaderState state, int depth, SequenceStart start)
    {
        var taken = state.TakeSection(isMapping: false);
        parser.MoveNext();
        var items = state.Items.Rent(depth);
        while (!parser.Accept<SequenceEnd>(out _))
        {
            var item = ReadNode(parser, state, depth + 1);
            if (item is null)
            {
                return null;
            }

            if (taken is not null)
            {
                state.Sink!.Item(taken, null, item);
            }
            else
            {
                items.Add(item);
            }
        }

        var end = parser.Consume<SequenceEnd>();
        return new YamlSequence(EquatableArray<YamlNode>.Adopt(state.Items.Return(depth)), state.Span(start.Start, end.End));
    }

    private static YamlNode? ReadMapping(IParser parser, ReaderState state, int depth, MappingStart start)
    {
        var taken = state.TakeSection(isMapping: true);
        parser.MoveNext();
        var entries = state.Entries.Rent(depth);
        Dictionary<string, YamlScalar>? seen = taken is null ? null : new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        while (!parser.Accept<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, state, depth + 1);
            if (keyNode is null)
            {
                return null;
            }

            // A top-level key names the section its value may be taken as: decided before the value is read, so that
            // the value of a repeated key (reported below and dropped) is never handed over.
            if (depth == RootDepth && state.Sink is not null)
            {
                state.PendingSection = keyNode is YamlScalar section && FindKey(entries, ref seen, section.Value) is null ? section.Value : null;
            }

            var value = ReadNode(parser, state, depth + 1);
            state.PendingSection = null;
            if (value is null)
            {
                return null;
            }

            if (keyNode is not YamlScalar key)
            {
                state.Diagnostics.Add(Descriptors.WrongShape.At(keyNode.Span, "A key", "a scalar", keyNode.ShapeName));
                continue;
            }

            if (taken is not null)
            {
                if (seen!.TryGetValue(key.Value, out var earlier))
                {
                    state.Diagnostics.Add(Descriptors.DuplicateName.At(key.Span, "Key", key.Value, earlier.Span));
                }
                else
                {
                    seen.Add(key.Value, key);
                    state.Sink!.Item(taken, key, value);
                }

                continue;
            }

            if (FindKey(entries, ref seen, key.Value) is { } first)
            {
                state.Diagnostics.Add(Descriptors.DuplicateName.At(key.Span, "Key", key.Value, first.Span));
                continue;
            }

            seen?.Add(key.Value, key);
            entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        }

        var end = parser.Consume<MappingEnd>();
        return new YamlMapping(EquatableArray<KeyValuePair<YamlScalar, YamlNode>>.Adopt(state.Entries.Return(depth)), state.Span(start.Start, end.End));
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

    private const int SmallMapping = 8;

    private sealed class ReaderState
    {
        private readonly string _text;
        private LineMap? _lines;

        public ReaderState(string path, string text, YamlLimits limits, List<KgDiagnostic> diagnostics, StringPool? strings)
        {
            Strings = strings;
            _text = text;
            Path = path;
            Limits = limits;
            Diagnostics = diagnostics;
        }

        public string Path { get; }

        /// <summary>Where scalars' short texts are kept once; null keeps each as read.</summary>
        public StringPool? Strings { get; }

        /// <summary>Takes the items of chosen top-level sections as they are read; null keeps everything in the tree.</summary>
        public IYamlItemSink? Sink { get; init; }

        /// <summary>The top-level key whose value is being read, while that value may still be taken as a section.</summary>
        public string? PendingSection { get; set; }

        /// <summary>
        /// The section a mapping or list that starts now is taken as: the value of a top-level key the sink takes in this
        /// shape. Only that value itself, never what it nests.
        /// </summary>
        public string? TakeSection(bool isMapping)
        {
            var section = PendingSection;
            PendingSection = null;
            return section is not null && Sink!.Takes(section, isMapping) ? section : null;
        }

        public YamlLimits Limits { get; }

        public List<KgDiagnostic> Diagnostics { get; }

        public int Nodes { get; set; }

        /// <summary>Lists to collect a sequence's items and a mapping's entries in, one per depth, reused node after node.</summary>
        public ListsByDepth<YamlNode> Items { get; } = new();

        public ListsByDepth<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();

        public bool Failed { get; private set; }

        public void Fail(KgDiagnostic diagnostic)
        {
            Diagnostics.Add(diagnostic);
            Failed = true;
        }

        /// <summary>
        /// The span between two marks of the parser. Marks past the end of the text (YamlDotNet reports some errors
        /// at a line after the last) are moved to the end, so that every diagnostic lies inside its file.
        /// </summary>
        public SourceSpan Span(Mark start, Mark end)
        {
            if (start.Index > _text.Length || end.Index > _text.Length || start.Line > Lines.Count || end.Line > Lines.Count)
            {
                var startIndex = (int)Math.Min(Math.Max(0, start.Index), _text.Length);
                var endIndex = (int)Math.Min(Math.Max(startIndex, end.Index), _text.Length);
                var (line, column) = Position(startIndex);
                var (lastLine, lastColumn) = Position(endIndex);
                return new SourceSpan(Path, startIndex, endIndex, line, column, lastLine, lastColumn);
            }

            var startLine = (int)Math.Max(1, start.Line);
            var startColumn = (int)Math.Max(1, start.Column);
            var endLine = (int)Math.Max(startLine, end.Line);
            var endColumn = (int)Math.Max(1, end.Column);
            return new SourceSpan(Path, (int)start.Index, (int)Math.Max(start.Index, end.Index), startLine, startColumn, endLine, endColumn);
        }

        /// <summary>
        /// A block scalar (<c>|</c> or <c>&gt;</c>) from its first character of text on, not from its indicator: a message
        /// about the text points at the text.
        /// </summary>
        public SourceSpan ContentSpan(Mark start, Mark end)
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
    }

    /// <summary>
    /// A list per nesting depth, lent while a node is read and emptied into an array of the exact size when it ends: a
    /// file of many small mappings then costs one array per mapping, not a growing list each.
    /// </summary>
    private sealed class ListsByDepth<T>
    {
        private readonly List<List<T>> _lists = new();

        public List<T> Rent(int depth)
        {
            while (_lists.Count <= depth)
            {
                _lists.Add(new List<T>());
            }

            _lists[depth].Clear();
            return _lists[depth];
        }

        public T[] Return(int depth)
        {
            var items = _lists[depth].ToArray();
            _lists[depth].Clear();
            return items;
        }
    }
}
