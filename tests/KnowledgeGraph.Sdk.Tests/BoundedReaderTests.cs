using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>The loader reads a file into text in one step; it must read every file as <see cref="File.ReadAllText(string)"/> does.</summary>
public sealed class BoundedReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, byte[]> Files() => new()
    {
        { "empty", Array.Empty<byte>() },
        { "ascii", Encoding.ASCII.GetBytes("namespace: A\n") },
        { "utf-8", Encoding.UTF8.GetBytes("name: Ізюм, 😀\n") },
        { "utf-8 with a byte order mark", Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes("name: Ізюм\n")).ToArray() },
        { "a byte order mark alone", Encoding.UTF8.Preamble.ToArray() },
        { "invalid utf-8", new byte[] { 0x61, 0xC3, 0x28, 0xE2, 0x82, 0x62, 0xFF, 0xF0, 0x9F, 0x98 } },
        { "utf-16 little-endian", Encoding.Unicode.Preamble.ToArray().Concat(Encoding.Unicode.GetBytes("name: Ізюм\n")).ToArray() },
        { "utf-16 big-endian", Encoding.BigEndianUnicode.Preamble.ToArray().Concat(Encoding.BigEndianUnicode.GetBytes("name: Ізюм\n")).ToArray() },
        { "utf-32", Encoding.UTF32.Preamble.ToArray().Concat(Encoding.UTF32.GetBytes("name: Ізюм\n")).ToArray() },
        { "a long text", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("  - ukrainianForces tookControlOf kupiansk # Купʼянськ\n", 20_000))) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_reads_as_File_ReadAllText_reads_it(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);

        var (text, problem) = new BoundedReader(1 << 24, 1 << 24).Read(path);

        Assert.Equal(ReadProblem.None, problem);
        Assert.Equal(File.ReadAllText(path), text);
    }
}
