namespace Patcher.Core.Platform;

/// <summary>
/// Who may change Patcher's state folder (<c>&lt;root&gt;\Patcher</c>: journal, backups, lock). The agent acts on the
/// journal as SYSTEM, so the folder is made writable by SYSTEM and Administrators only when it is created, and checked
/// before its journal is trusted. Windows: a protected DACL; the lab: POSIX mode bits.
/// </summary>
public interface IStateFolderAccess
{
    /// <summary>Creates the folder at <paramref name="localPath"/> (and its parents) with the access Patcher wants; an existing folder is left as it is.</summary>
    void Create(string localPath);

    /// <summary>Why the existing folder at <paramref name="localPath"/> is not trusted (who else may write or delete in it), or null when it is.</summary>
    string? Problem(string localPath);
}
