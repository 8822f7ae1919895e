using System;
using System.IO;
using System.Text;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>Gives its text a few characters a read, so that every token of it crosses the readers' block boundaries.</summary>
public sealed class TrickleReader : TextReader
{
    private readonly string _text;
    private readonly int _most;
    private int _at;

    public TrickleReader(string text, int most)
    {
        _text = text;
        _most = most;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var length = Math.Min(Math.Min(count, _most), _text.Length - _at);
        _text.CopyTo(_at, buffer, index, length);
        _at += length;
        return length;
    }

    public override int Read() => _at < _text.Length ? _text[_at++] : -1;

    public override int Peek() => _at < _text.Length ? _text[_at] : -1;
}

/// <summary>A text without end: a head, then <c>line(i)</c> for i = 0, 1, 2, ... for ever. Only a streaming reader gets anywhere with it.</summary>
public sealed class EndlessReader : TextReader
{
    private readonly Func<long, string> _line;
    private readonly StringBuilder _pending = new();
    private long _next;
    private int _at;

    public EndlessReader(string head, Func<long, string> line)
    {
        _pending.Append(head);
        _line = line;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        while (_pending.Length - _at < count)
        {
            _pending.Remove(0, _at);
            _at = 0;
            _pending.Append(_line(_next++));
        }

        _pending.CopyTo(_at, buffer.AsSpan(index, count), count);
        _at += count;
        return count;
    }
}
