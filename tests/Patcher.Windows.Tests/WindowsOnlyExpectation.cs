namespace Patcher.Windows.Tests;

/// <summary>
/// The one behaviour of a Windows implementation that can be checked on every OS: on Windows it constructs; anywhere else
/// it fails with PlatformNotSupportedException that names the lab platform (not a NullReferenceException from
/// Registry.LocalMachine being null on Linux).
/// </summary>
internal static class WindowsOnlyExpectation
{
    public static void Holds(Func<object> create)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.NotNull(create());
            return;
        }

        var e = Assert.Throws<PlatformNotSupportedException>(create);
        Assert.Contains("Windows only", e.Message, StringComparison.Ordinal);
        Assert.Contains("patcher-lab runs the same commands on a lab host", e.Message, StringComparison.Ordinal);
    }
}
