using Microsoft.Extensions.Time.Testing;
using Patcher.Windows.EventLog;
using Patcher.Windows.Files;
using Patcher.Windows.Modules;
using Patcher.Windows.Queue;
using Patcher.Windows.Registry;
using Patcher.Windows.Services;

namespace Patcher.Windows.Tests;

// Off Windows these call Windows-only code on purpose: the test is that it fails cleanly.
#pragma warning disable CA1416

public sealed class WindowsPlatformTests
{
    [Fact]
    public void Create_OffWindows_ThrowsPlatformNotSupported() =>
        WindowsOnlyExpectation.Holds(() => WindowsPlatform.Create(new FakeTimeProvider()));

    [Fact]
    public void Create_NullTime_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => WindowsPlatform.Create(null!));

    [Fact]
    public void WindowsRegistry_OffWindows_ThrowsPlatformNotSupported() =>
        WindowsOnlyExpectation.Holds(() => new WindowsRegistry());

    [Fact]
    public void WindowsEventLog_OffWindows_ThrowsPlatformNotSupported() =>
        WindowsOnlyExpectation.Holds(() => new WindowsEventLog());

    [Fact]
    public void WindowsFileSystem_OffWindows_ThrowsPlatformNotSupported() =>
        WindowsOnlyExpectation.Holds(() => new WindowsFileSystem());

    [Fact]
    public void WindowsMtaQueueProbe_OffWindows_ThrowsPlatformNotSupported() =>
        WindowsOnlyExpectation.Holds(() => new WindowsMtaQueueProbe(new FakeTimeProvider()));

    [Fact]
    public void WindowsModuleProbe_OffWindows_ThrowsPlatformNotSupported() =>
        WindowsOnlyExpectation.Holds(() => new WindowsModuleProbe());

    [Fact]
    public void WindowsServiceControlManager_OffWindows_ThrowsPlatformNotSupported() =>
        WindowsOnlyExpectation.Holds(() => new WindowsServiceControlManager(new EmptyRegistry()));

    private sealed class EmptyRegistry : Core.Platform.IRegistry
    {
        public Core.Platform.RegistryValue? GetValue(string keyPath, string valueName) => null;

        public IReadOnlyList<string> GetValueNames(string keyPath) => [];

        public IReadOnlyList<string> GetSubKeyNames(string keyPath) => [];

        public void SetValue(string keyPath, string valueName, Core.Platform.RegistryValue value)
        {
        }
    }
}
