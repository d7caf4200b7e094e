using System.Runtime.InteropServices;

namespace Patcher.Core.Files;

/// <summary>
/// Tells what a path names, following links to their final target, without opening it: opening a FIFO blocks until a
/// writer comes, so the kind must be known first. .NET exposes no file type beyond directory, so on Unix this asks
/// the runtime's own native shim (<c>SystemNative_Stat</c>, what <see cref="FileInfo"/> itself calls), whose mode bits
/// are normalised across Unixes.
/// </summary>
internal static partial class FileKindProbe
{
    // pal_io.h: FileStatus starts { int32 Flags; int32 Mode; ... }; PAL_S_IF* are the same on every Unix.
    private const int ModeOffset = 4;
    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularType = 0x8000;
    private const int SocketType = 0xC000;

    /// <summary>The kind of what <paramref name="path"/> finally names.</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return OperatingSystem.IsWindows() ? OfWindows(path) : OfUnix(path);
    }

    private static FileKind OfWindows(string path)
    {
        // Pipes and devices on Windows are not files in a folder; one opened by name is caught after the open, as a
        // stream that cannot seek (BoundedFile).
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    private static unsafe FileKind OfUnix(string path)
    {
        // Larger than any FileStatus the runtime has had (about 120 bytes): the shim writes the whole struct.
        var status = stackalloc byte[512];
        if (Stat(path, status) != 0)
        {
            return FileKind.Missing;
        }

        return (*(int*)(status + ModeOffset) & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            FifoType => FileKind.Pipe,
            CharacterDeviceType => FileKind.CharacterDevice,
            BlockDeviceType => FileKind.BlockDevice,
            SocketType => FileKind.Socket,
            _ => FileKind.Missing,
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Stat(string path, byte* output);
}
