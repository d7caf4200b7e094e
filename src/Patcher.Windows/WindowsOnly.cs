namespace Patcher.Windows;

/// <summary>
/// The guard every Windows implementation runs first. Off Windows the APIs underneath fail in ways that mislead
/// (<c>Registry.LocalMachine</c> is null on Linux, so a NullReferenceException); this says plainly what to use instead.
/// </summary>
internal static class WindowsOnly
{
    /// <summary>Throws <see cref="PlatformNotSupportedException"/> unless this process runs on Windows.</summary>
    public static void Ensure(string what)
    {
        if (!OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(
                $"{what} works on Windows only. On other systems, patcher-lab runs the same commands on a lab host (--lab DIR/NAME).");
        }
    }
}
