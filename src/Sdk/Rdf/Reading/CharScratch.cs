using System;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>A growable run of characters that a token is built in, reused from token to token.</summary>
internal sealed class CharScratch
{
    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow(1);
        }

        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Appends a Unicode scalar value, as a surrogate pair above U+FFFF.</summary>
    public void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
            return;
        }

        Span<char> pair = stackalloc char[2];
        new Rune(codePoint).EncodeToUtf16(pair);
        Append(pair);
    }

    private void Grow(int needed)
    {
        var larger = new char[Math.Max(_chars.Length * 2, Length + needed)];
        _chars.AsSpan(0, Length).CopyTo(larger);
        _chars = larger;
    }
}
