using Patcher.Core.Discovery;

namespace Patcher.Core.Apply;

/// <summary>
/// Patcher's state folder on an installation's volume, <c>&lt;root&gt;\Patcher</c> (as <c>update.exe</c> kept its
/// <c>&lt;root&gt;\Q&lt;number&gt;</c> folder): <c>journal.json</c>, <c>patcher.lock</c>, <c>staging\&lt;id&gt;\</c>,
/// <c>backup\&lt;id&gt;\</c>. Host paths, so the same on Windows and on a lab host.
/// </summary>
/// <param name="InstallRoot">The installation root, e.g. <c>C:\EXCHSRVR</c>.</param>
public sealed record StateFolder(string InstallRoot)
{
    /// <summary>The state folder's name under the install root.</summary>
    public const string FolderName = "Patcher";

    /// <summary>The folder: <c>&lt;root&gt;\Patcher</c>.</summary>
    public string Folder => HostPath.Combine(InstallRoot, FolderName);

    /// <summary>The journal of the current or last operation.</summary>
    public string Journal => HostPath.Combine(Folder, "journal.json");

    /// <summary>Held (exclusively) while an operation runs.</summary>
    public string Lock => HostPath.Combine(Folder, "patcher.lock");

    /// <summary>Where operation <paramref name="id"/> stages the payload.</summary>
    public string Staging(string id) => HostPath.Combine(HostPath.Combine(Folder, "staging"), id);

    /// <summary>Where operation <paramref name="id"/> keeps the files it replaced; never deleted by apply.</summary>
    public string Backup(string id) => HostPath.Combine(HostPath.Combine(Folder, "backup"), id);
}
