using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph;

/// <summary>
/// Whether an open file is a regular file, asked of the operating system (Linux: <c>statx</c>, whose layout is the same
/// on every architecture), so that a device such as <c>/dev/zero</c> is refused before a byte of it is read.
/// </summary>
internal static class FileKind
{
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes (8), stx_nlink, stx_uid, stx_gid, then stx_mode
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>True or false where the system says; null where it cannot (another system, or a C library without <c>statx</c>).</summary>
    public static bool? IsRegular(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var buffer = new byte[256];
            if (Statx(handle.DangerousGetHandle().ToInt32(), string.Empty, AtEmptyPath, StatxType, buffer) != 0)
            {
                return null;
            }

            return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) == Regular;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
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
