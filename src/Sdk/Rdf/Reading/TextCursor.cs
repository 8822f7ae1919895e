using System;
using System.IO;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Reads a <see cref="TextReader"/> through a block of characters and keeps the line and column of the next one.
/// The readers scan <see cref="Buffer"/> from <see cref="Index"/> to <see cref="End"/> themselves; whoever steps over
/// a line break calls <see cref="LineBreak"/>, so that positions stay exact without counting every character.
/// </summary>
internal sealed class TextCursor
{
    private const int BlockSize = 32 * 1024;

    private readonly TextReader _reader;
    private long _bufferStart; // the offset in the whole text of Buffer[0]
    private long _lineStart; // the offset of the first character of the current line
    private long _afterCarriageReturn = -1; // the offset just after the last CR, so that CR LF counts as one break
    private int _line = 1;
    private bool _endOfText;

    public TextCursor(TextReader reader)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
    }

    public char[] Buffer { get; private set; } = new char[BlockSize];

    /// <summary>The next character to read.</summary>
    public int Index;

    /// <summary>Where the characters read so far end in <see cref="Buffer"/>.</summary>
    public int End;

    /// <summary>Text tokens are copied into when they cross a block or hold escapes.</summary>
    public CharScratch Scratch { get; } = new();

    /// <summary>Where the next character is (the end of the text once all is read).</summary>
    public RdfPosition Position => new(_line, Column(Index));

    /// <summary>Where the character <paramref name="ahead"/> places after the next one is, on the same line.</summary>
    public RdfPosition PositionAhead(int ahead) => new(_line, Column(Index + ahead));

    /// <summary>Whether a character is left to read, reading the next block when this one is used up.</summary>
    public bool HasChar => Index < End || Fill();

    /// <summary>The next character, or -1 at the end of the text.</summary>
    public int Peek() => Index < End ? Buffer[Index] : Fill() ? Buffer[Index] : -1;

    /// <summary>The character <paramref name="ahead"/> places after the next one, or -1 past the end of the text.</summary>
    public int PeekAt(int ahead) => Index + ahead < End ? Buffer[Index + ahead] : Ensure(ahead + 1) ? Buffer[Index + ahead] : -1;

    /// <summary>
    /// Makes <paramref name="count"/> characters from <see cref="Index"/> available in <see cref="Buffer"/> (moving and
    /// growing it as needed); false when the text ends before. Spans of <see cref="Buffer"/> taken earlier go stale.
    /// </summary>
    public bool Ensure(int count)
    {
        while (End - Index < count)
        {
            if (_endOfText)
            {
                return false;
            }

            Compact();
            if (End == Buffer.Length)
            {
                var larger = new char[Buffer.Length * 2];
                Array.Copy(Buffer, larger, End);
                Buffer = larger;
            }

            ReadBlock();
        }

        return true;
    }

    /// <summary>
    /// Reads the next block once everything before <see cref="End"/> is used; false at the end of the text. Spans of
    /// <see cref="Buffer"/> taken earlier go stale.
    /// </summary>
    public bool Fill()
    {
        while (Index >= End)
        {
            if (_endOfText)
            {
                return false;
            }

            Compact();
            ReadBlock();
        }

        return true;
    }

    /// <summary>Counts a line break: call it once the CR or LF at <c>Index - 1</c> is passed.</summary>
    public void LineBreak(char passed)
    {
        var after = _bufferStart + Index;
        if (passed == '\n' && after - 1 == _afterCarriageReturn)
        {
            _lineStart = after; // the LF of a CR LF: the CR already counted the line
            return;
        }

        _line = Math.Min(_line + 1, int.MaxValue - 1);
        _lineStart = after;
        if (passed == '\r')
        {
            _afterCarriageReturn = after;
        }
    }

    /// <summary>Passes spaces, tabs, line breaks and comments (both grammars write comments from '#' to the end of the line).</summary>
    public void SkipSpaceAndComments()
    {
        while (Index < End || Fill())
        {
            var c = Buffer[Index];
            if (c is ' ' or '\t')
            {
                Index++;
            }
            else if (c is '\n' or '\r')
            {
                Index++;
                LineBreak(c);
            }
            else if (c == '#')
            {
                SkipToLineEnd();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Passes spaces and tabs: the white space inside an N-Triples line.</summary>
    public void SkipSpacesAndTabs()
    {
        while (Index < End || Fill())
        {
            if (Buffer[Index] is not (' ' or '\t'))
            {
                return;
            }

            Index++;
        }
    }

    /// <summary>Passes the rest of the line, leaving its line break.</summary>
    public void SkipToLineEnd()
    {
        while (Index < End || Fill())
        {
            var end = Buffer.AsSpan(Index, End - Index).IndexOfAny(RdfCharacters.LineEnds);
            if (end >= 0)
            {
                Index += end;
                return;
            }

            Index = End;
        }
    }

    public RdfSyntaxException Error(string message) => Error(message, Position);

    /// <summary>An error at the character <paramref name="ahead"/> places after the next one.</summary>
    public RdfSyntaxException ErrorAhead(int ahead, string message) => Error(message, PositionAhead(ahead));

    public static RdfSyntaxException Error(string message, RdfPosition at) => new(message, at.Line, at.Column);

    private int Column(int index) => (int)Math.Min(_bufferStart + index - _lineStart + 1, int.MaxValue);

    private void Compact()
    {
        var kept = End - Index;
        if (Index > 0)
        {
            Array.Copy(Buffer, Index, Buffer, 0, kept);
            _bufferStart += Index;
            Index = 0;
            End = kept;
        }
    }

    private void ReadBlock()
    {
        var read = _reader.Read(Buffer, End, Buffer.Length - End);
        if (read <= 0)
        {
            _endOfText = true;
            return;
        }

        // A byte order mark a decoder left at the start is not text: columns count from after it.
        if (_bufferStart == 0 && End == 0 && Buffer[0] == '\uFEFF')
        {
            Index = 1;
            _lineStart = 1;
        }

        End += read;
    }
}
