using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Syntax.Compact;

/// <summary>
/// Writes entities, events and facts as bytes, field by field in the order of their records; <see cref="SyntaxReader"/>
/// reads them back equal. Strings are written in full, so they die with the syntax they came in. A place is written
/// against the one before it (most follow closely), and its file only when it is not the store's.
/// </summary>
internal sealed class SyntaxWriter
{
    private readonly ByteChunks _bytes;
    private readonly string _path;
    private int _start;
    private int _line;

    public SyntaxWriter(ByteChunks bytes, string path)
    {
        _bytes = bytes;
        _path = path;
    }

    public void Instance(InstanceSyntax instance)
    {
        Located(instance.Name);
        Located(instance.Type);
        Located(instance.DisplayName);
        LocatedList(instance.Aliases);
        String(instance.Doc);
        Time(instance.Time);
        Sources(instance.Sources);
        _bytes.AddUnsigned((uint)instance.Entries.Count);
        foreach (var entry in instance.Entries)
        {
            Located(entry.Key);
            LocatedList(entry.Values);
            _bytes.Add(entry.IsList ? (byte)1 : (byte)0);
            Span(entry.ValueSpan);
        }
    }

    /// <summary>An entity's or event's header: its name and type (<see cref="InstanceSyntax.Header"/>).</summary>
    public void Header(InstanceSyntax instance)
    {
        Located(instance.Name);
        Located(instance.Type);
    }

    public void Fact(FactSyntax fact)
    {
        Located(fact.Subject);
        Located(fact.Relation);
        Located(fact.Object);
        Time(fact.Time);
        Sources(fact.Sources);
        Span(fact.Span);
    }

    private void Time(TimeSyntax? time)
    {
        _bytes.Add(time is null ? (byte)0 : (byte)1);
        if (time is not null)
        {
            Located(time.Date);
            Located(time.Start);
            Located(time.End);
            Span(time.Span);
        }
    }

    private void Sources(EquatableArray<SourceSyntax> sources)
    {
        _bytes.AddUnsigned((uint)sources.Count);
        foreach (var source in sources)
        {
            Located(source.Document);
            Located(source.Quote);
            Span(source.Span);
        }
    }

    private void LocatedList(EquatableArray<Located> list)
    {
        _bytes.AddUnsigned((uint)list.Count);
        foreach (var located in list)
        {
            Located(located);
        }
    }

    /// <summary>The text (null for no value), then, for a value, where it stands.</summary>
    private void Located(Located? located)
    {
        String(located?.Text);
        if (located is not null)
        {
            Span(located.Span);
        }
    }

    private void String(string? text) => _bytes.AddString(text);

    /// <summary>
    /// A place: a byte of <see cref="SpanShape"/>, then where it starts against the place before, its length and its
    /// first column; its file, last line and last column only when the shape does not imply them (most places lie on
    /// one line of the store's file).
    /// </summary>
    private void Span(SourceSpan span)
    {
        var shape = SpanShapes.Of(span, _path);
        _bytes.Add((byte)shape);
        if ((shape & SpanShape.OtherFile) != 0)
        {
            _bytes.AddString(span.Path);
        }

        _bytes.AddSigned(span.Start - _start);
        _bytes.AddSigned(span.End - span.Start);
        _bytes.AddSigned(span.StartLine - _line);
        _bytes.AddSigned(span.StartColumn);
        if ((shape & SpanShape.OneLine) == 0)
        {
            _bytes.AddSigned(span.EndLine - span.StartLine);
            _bytes.AddSigned(span.EndColumn);
        }

        _start = span.Start;
        _line = span.StartLine;
    }
}
