namespace Patcher.Core.Platform;

/// <summary>
/// The state folder's access off Windows (the lab): created with mode 0700, trusted while neither its group nor others
/// may write in it (write on a folder is what lets one replace or delete its files). On Windows it checks nothing: the
/// Windows platform uses its DACL implementation instead.
/// </summary>
public sealed class PosixStateFolderAccess : IStateFolderAccess
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private PosixStateFolderAccess()
    {
    }

    /// <summary>The one instance.</summary>
    public static PosixStateFolderAccess Instance { get; } = new();

    /// <inheritdoc />
    public void Create(string localPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(localPath);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(localPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(localPath))!);
        Directory.CreateDirectory(localPath, OwnerOnly);
    }

    /// <inheritdoc />
    public string? Problem(string localPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(localPath);
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var mode = File.GetUnixFileMode(localPath);
        var others = mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
        return others == 0
            ? null
            : $"its mode {Convert.ToString((int)mode, 8)} lets {(others == (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite) ? "its group and others" : others == UnixFileMode.GroupWrite ? "its group" : "others")} write in it (chmod 700 it once its files are checked)";
    }
}
