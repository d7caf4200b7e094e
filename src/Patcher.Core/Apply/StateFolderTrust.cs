using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Apply;

/// <summary>
/// The state folder as a trust boundary (issue 12): created with the platform's access (SYSTEM and Administrators only),
/// and refused, before anything in it is read or written, when someone else may write or delete in it.
/// </summary>
internal static class StateFolderTrust
{
    /// <summary>Creates <paramref name="state"/>'s folder with Patcher's access when it is missing; otherwise checks it.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.StateFolderNotTrusted"/>: nothing was done.</exception>
    public static void Prepare(HostPlatform host, StateFolder state)
    {
        var local = host.Files.ToLocalPath(state.Folder);
        if (Directory.Exists(local))
        {
            Ensure(host, state);
        }
        else
        {
            host.StateFolderAccess.Create(local);
        }
    }

    /// <summary>Refuses <paramref name="state"/>'s folder when its access lets anyone else change it.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.StateFolderNotTrusted"/>: nothing was done.</exception>
    public static void Ensure(HostPlatform host, StateFolder state)
    {
        var local = host.Files.ToLocalPath(state.Folder);
        if (host.StateFolderAccess.Problem(local) is not { } problem)
        {
            return;
        }

        var message = $"Patcher's state folder {state.Folder} is not trusted: {problem}. Its journal and backups may have been changed by someone else, so nothing was done: check the installation's files against the backups and the installation media, then run Patcher again.";
        ApplyEvents.Write(host, HostReportEvents.StateFolderNotTrusted, EventLevel.Error, message);
        throw new ApplyException(ApplyException.StateFolderNotTrusted, message);
    }
}
