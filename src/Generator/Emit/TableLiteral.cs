using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>
/// Writes a table into C#. A small one is a raw string literal, readable in the generated file; a large one is
/// deflated and written in base64 as string literals of at most <see cref="Base64PartChars"/> characters. Both are
/// string constants (user strings, not code): the compiler's cost hardly grows with them, unlike UTF-8 literals and array
/// initialisers, which it binds byte by byte.
/// </summary>
internal static class TableLiteral
{
    /// <summary>Tables up to this many characters stay readable.</summary>
    public const int ReadableLimit = 64 * 1024;

    /// <summary>
    /// The most characters one compressed table may take: an assembly holds at most 16 MB of string constants (two bytes
    /// a character), and the rest of the program needs some too.
    /// </summary>
    public const int MaxCompressedChars = 6 * 1024 * 1024;

    /// <summary>
    /// The most characters of one base64 literal, a multiple of 4 (whole blocks). The runtime keeps a string literal under
    /// 64 kB out of the collected heap (on its frozen heap, since .NET 8); a larger one is a large object, whose
    /// allocation at start-up counts towards a full collection and which then stays alive as long as the program.
    /// </summary>
    public const int Base64PartChars = 30_000;

    /// <summary>A raw string literal holding <paramref name="text"/>, which must hold no double quote and no carriage return.</summary>
    public static string Raw(string text)
    {
        if (text.IndexOf('"') >= 0 || text.IndexOf('\r') >= 0)
        {
            throw new ArgumentException("A raw table literal cannot hold a double quote or a carriage return.", nameof(text));
        }

        return "\"\"\"\n" + text.TrimEnd('\n') + "\n\"\"\"";
    }

    /// <summary>
    /// The table's UTF-8 deflated and in base64 (ASCII, so it is a plain string literal), with the UTF-8 length, which
    /// lets the reader check that it inflated whole.
    /// </summary>
    public static (string Base64, int Utf8Length) Deflated(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes, 0, bytes.Length);
        }

        return (Convert.ToBase64String(buffer.ToArray()), bytes.Length);
    }

    /// <summary>The parts of <paramref name="base64"/> that each become one literal: whole blocks, <see cref="Base64PartChars"/> at most.</summary>
    public static IEnumerable<string> Base64Parts(string base64)
    {
        for (var start = 0; start < base64.Length; start += Base64PartChars)
        {
            yield return base64.Substring(start, Math.Min(Base64PartChars, base64.Length - start));
        }
    }
}
