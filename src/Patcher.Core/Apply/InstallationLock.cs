using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// One Patcher operation at a time per installation: <c>&lt;root&gt;\Patcher\patcher.lock</c> held open exclusively. The
/// OS releases it when the process dies, however it dies, so a killed run never leaves the installation locked.
/// </summary>
internal static class InstallationLock
{
    /// <summary>Takes the lock, creating the state folder with Patcher's access (or refusing one others may change); dispose to release.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.Busy"/>: another run holds it; <see cref="ApplyException.StateFolderNotTrusted"/>.</exception>
    public static IDisposable Acquire(HostPlatform host, StateFolder state)
    {
        StateFolderTrust.Prepare(host, state);
        var local = host.Files.ToLocalPath(state.Lock);
        try
        {
            return new FileStream(local, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new ApplyException(ApplyException.Busy, $"Another Patcher run is working on {state.InstallRoot} ({state.Lock} is held): wait for it to end.", exception);
        }
    }
}
