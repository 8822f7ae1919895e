using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>
/// Writes a table into C#. A small one is a raw string literal, readable in the generated file; a large one is
/// deflated and written as one base64 string literal. Both are string constants (user strings, not code): the
/// compiler's cost hardly grows with them, unlike UTF-8 literals and array initialisers, which it binds byte by byte.
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
    /// lets the reader inflate into one buffer of the right size.
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
}
