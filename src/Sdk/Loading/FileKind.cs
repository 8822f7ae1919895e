using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph;

/// <summary>
/// What the operating system says of an open file: whether it is a regular file (Linux: <c>statx</c>, whose layout is
/// the same on every architecture), so that a device such as <c>/dev/zero</c> is refused before a byte of it is read;
/// and where it really is, so that where it may be read from is checked on the very file opened.
/// </summary>
internal static class FileKind
{
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes (8), stx_nlink, stx_uid, stx_gid, then stx_mode
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>True or false where the system says; null where it cannot (another system, or a C library without <c>statx</c>).</summary>
    public static bool? IsRegular(SafeFileHandle handle) => OperatingSystem.IsLinux() ? WithDescriptor<bool?>(handle, descriptor =>
    {
        var buffer = new byte[256];
        return Statx(descriptor, string.Empty, AtEmptyPath, StatxType, buffer) == 0
            ? (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) == Regular
            : null;
    }) : null;

    /// <summary>The path an open file is at now, links followed (Linux: <c>/proc/self/fd</c>); null where the system cannot say.</summary>
    public static string? RealPath(SafeFileHandle handle) => OperatingSystem.IsLinux()
        ? WithDescriptor<string>(handle, descriptor => new System.IO.FileInfo($"/proc/self/fd/{descriptor}").LinkTarget)
        : null;

    /// <summary>Asks <paramref name="ask"/> about the handle's descriptor, which stays open meanwhile; null when the system cannot answer.</summary>
    private static T? WithDescriptor<T>(SafeFileHandle handle, Func<int, T?> ask)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return ask(handle.DangerousGetHandle().ToInt32());
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException or System.IO.IOException)
        {
            return default;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
