using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph;

/// <summary>
/// Reads the files one load may read: regular files only, each up to a size limit and all of them up to a budget,
/// counted as the bytes stream in (a <c>/proc</c> file is a regular file that says it has no length). A device or a
/// named pipe is refused before it is read (a pipe is opened without waiting for a writer); the rest is read as
/// <see cref="File.ReadAllText(string)"/> would.
/// </summary>
internal sealed class BoundedReader
{
    private readonly long _maxFileBytes;

    public BoundedReader(long maxFileBytes, long budget)
    {
        _maxFileBytes = maxFileBytes;
        Remaining = budget;
    }

    /// <summary>The bytes this load may still read.</summary>
    public long Remaining { get; private set; }

    public long BytesRead { get; private set; }

    /// <summary>The text of the file, or null and why not (not found, not a regular file, too large, over the budget).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mayOpen">Given the real path of the file opened, whether it may be read; where the system cannot say, it is read.</param>
    public (string? Text, ReadProblem Problem) Read(string path, Func<string, bool>? mayOpen = null)
    {
        SafeFileHandle handle;
        try
        {
            handle = Open(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, ReadProblem.NotFound);
        }

        using (handle)
        using (var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0))
        {
            if (FileKind.IsRegular(handle) == false || !stream.CanSeek)
            {
                return (null, ReadProblem.NotAFile);
            }

            if (mayOpen is not null && FileKind.RealPath(handle) is { } real && !mayOpen(real))
            {
                return (null, ReadProblem.MovedOut);
            }

            var limit = Math.Min(Math.Min(_maxFileBytes, Remaining), Array.MaxLength - 1); // a text is at most one array
            var declared = stream.Length; // 0 for devices and /proc files: the stream is bounded as it is read all the same
            if (declared > limit)
            {
                return (null, declared > _maxFileBytes ? ReadProblem.TooLarge : ReadProblem.OverBudget);
            }

            var buffer = new MemoryStream((int)Math.Max(declared, 4096));
            var chunk = new byte[81920];
            int count;
            try
            {
                while ((count = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
                {
                    buffer.Write(chunk, 0, count);
                    if (buffer.Length > limit)
                    {
                        return (null, buffer.Length > _maxFileBytes ? ReadProblem.TooLarge : ReadProblem.OverBudget);
                    }
                }
            }
            catch (IOException)
            {
                return (null, ReadProblem.NotAFile); // a directory, or a file that cannot be read as a stream
            }

            Remaining -= buffer.Length;
            BytesRead += buffer.Length;
            return (Decode(buffer), ReadProblem.None);
        }
    }

    /// <summary>
    /// The bytes as text, as <see cref="StreamReader"/> reads them (a byte order mark says the encoding; UTF-8 without
    /// one), decoded in one step into the one string a file becomes: a reader would build it in chunks, several times
    /// a large file's size of garbage.
    /// </summary>
    private static string Decode(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (StartsWithAnotherPreamble(bytes))
        {
            buffer.Position = 0;
            using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var preamble = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes);
    }

    /// <summary>Whether the text begins with the byte order mark of UTF-16 or UTF-32 (either byte order; UTF-32's little-endian one begins as UTF-16's).</summary>
    private static bool StartsWithAnotherPreamble(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(stackalloc byte[] { 0xFE, 0xFF }) || bytes.StartsWith(stackalloc byte[] { 0xFF, 0xFE }) || bytes.StartsWith(stackalloc byte[] { 0x00, 0x00, 0xFE, 0xFF });

    /// <summary>
    /// The file as UTF-8 text to stream through as many times as a reader needs, or null and why not. The first reading
    /// is counted against the load's budget; every reading throws <see cref="ReadLimitException"/> past the file's limit
    /// or the budget the first had. The file stays open between readings, so each reads the same file.
    /// </summary>
    public (RereadableText? Text, ReadProblem Problem) OpenText(string path)
    {
        SafeFileHandle handle;
        try
        {
            handle = Open(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, ReadProblem.NotFound);
        }

        var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        if (FileKind.IsRegular(handle) == false || !stream.CanSeek || Directory.Exists(path))
        {
            stream.Dispose();
            return (null, ReadProblem.NotAFile);
        }

        var limit = Math.Min(_maxFileBytes, Remaining);
        var declared = stream.Length; // 0 for devices and /proc files: the stream below is bounded as it is read all the same
        if (declared > limit)
        {
            stream.Dispose();
            return (null, declared > _maxFileBytes ? ReadProblem.TooLarge : ReadProblem.OverBudget);
        }

        var problem = _maxFileBytes <= Remaining ? ReadProblem.TooLarge : ReadProblem.OverBudget;
        return (new RereadableText(stream, limit, problem, read =>
        {
            Remaining -= read;
            BytesRead += read;
        }), ReadProblem.None);
    }

    private static SafeFileHandle Open(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }

        // O_NONBLOCK: opening a named pipe must not wait for a writer (it is then refused, as it cannot seek).
        var flags = OperatingSystem.IsLinux() ? 0x800 | 0x80000 : 0x4 | 0x1000000; // O_NONBLOCK | O_CLOEXEC, O_RDONLY = 0
        var descriptor = NativeOpen(path, flags);
        if (descriptor < 0)
        {
            throw new IOException($"Cannot open '{path}' (errno {Marshal.GetLastPInvokeError()}).");
        }

        return new SafeFileHandle((IntPtr)descriptor, ownsHandle: true);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int NativeOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}

internal enum ReadProblem
{
    None,
    NotFound,
    NotAFile,
    TooLarge,
    OverBudget,

    /// <summary>The file opened is not where its path was checked to lead: it changed into a link out between the check and the read.</summary>
    MovedOut,
}
