using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Syntax.Compact;

/// <summary>Reads back, one at a time and in order, what a <see cref="SyntaxWriter"/> wrote: each item as new syntax, equal to what was written.</summary>
internal sealed class SyntaxReader
{
    private readonly ByteChunks.Reader _bytes;
    private readonly StringCache _strings;
    private readonly string _path;
    private int _start;
    private int _line;

    public SyntaxReader(ByteChunks.Reader bytes, StringCache strings, string path)
    {
        _bytes = bytes;
        _strings = strings;
        _path = path;
    }

    public InstanceSyntax Instance()
    {
        var name = Located()!;
        var type = Located();
        var displayName = Located();
        var aliases = LocatedList();
        var doc = String();
        var time = Time();
        var sources = Sources();
        var entries = new EntrySyntax[_bytes.Unsigned()];
        for (var i = 0; i < entries.Length; i++)
        {
            var key = Located()!;
            var values = LocatedList();
            var isList = _bytes.Next() == 1;
            entries[i] = new EntrySyntax(key, values, isList, Span());
        }

        return new InstanceSyntax(name, type, displayName, aliases, doc, time, sources, EquatableArray<EntrySyntax>.Adopt(entries));
    }

    public InstanceSyntax Header()
    {
        var name = Located()!;
        return InstanceSyntax.HeaderOf(name, Located());
    }

    public FactSyntax Fact()
    {
        var subject = Located();
        var relation = Located();
        var @object = Located();
        var time = Time();
        var sources = Sources();
        return new FactSyntax(subject, relation, @object, time, sources, Span());
    }

    /// <summary>Drops what is left of the bytes, when they are read to be released.</summary>
    public void End() => _bytes.End();

    private TimeSyntax? Time()
    {
        if (_bytes.Next() == 0)
        {
            return null;
        }

        var date = Located();
        var start = Located();
        var end = Located();
        return new TimeSyntax(date, start, end, Span());
    }

    private EquatableArray<SourceSyntax> Sources()
    {
        var count = _bytes.Unsigned();
        if (count == 0)
        {
            return default;
        }

        var sources = new SourceSyntax[count];
        for (var i = 0; i < sources.Length; i++)
        {
            var document = Located();
            var quote = Located();
            sources[i] = new SourceSyntax(document, quote, Span());
        }

        return EquatableArray<SourceSyntax>.Adopt(sources);
    }

    private EquatableArray<Located> LocatedList()
    {
        var count = _bytes.Unsigned();
        if (count == 0)
        {
            return default;
        }

        var list = new Located[count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = Located()!;
        }

        return EquatableArray<Located>.Adopt(list);
    }

    private Located? Located() => String() is { } text ? new Located(text, Span()) : null;

    private string? String() => _bytes.String(_strings);

    /// <summary>A place as <see cref="SyntaxWriter"/> wrote it.</summary>
    private SourceSpan Span()
    {
        var shape = (SpanShape)_bytes.Next();
        var path = (shape & SpanShape.OtherFile) != 0 ? _bytes.String(_strings)! : _path;
        var start = _start + _bytes.Signed();
        var end = start + _bytes.Signed();
        var line = _line + _bytes.Signed();
        var column = _bytes.Signed();
        var (endLine, endColumn) = (shape & SpanShape.OneLine) != 0 ? (line, column + (end - start)) : (line + _bytes.Signed(), _bytes.Signed());
        _start = start;
        _line = line;
        return new SourceSpan(path, start, end, line, column, endLine, endColumn);
    }
}
