using Patcher.Core.Platform;
using Patcher.Lab.Registry;

namespace Patcher.Lab.Tests.Registry;

public sealed class LabRegistryTests : IDisposable
{
    private readonly TempLab _lab = new();

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void SetValue_ThenGetValue_RoundTripsEveryKindCaseInsensitively()
    {
        var registry = new LabRegistry(Path.Combine(_lab.Root, "registry.json"));
        registry.SetValue(@"HKLM\SOFTWARE\Microsoft\Exchange\Setup", "NewestBuild", RegistryValue.DWord(2650));
        registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Exchange\Setup", "Services", RegistryValue.Sz(@"C:\EXCHSRVR"));
        registry.SetValue(@"HKLM\SYSTEM\CurrentControlSet\Services\MSExchangeMTA", "DependOnService", RegistryValue.MultiSz(["MSExchangeDS"]));

        var reopened = new LabRegistry(Path.Combine(_lab.Root, "registry.json"));

        Assert.Equal(2650u, reopened.GetValue(@"hklm\software\microsoft\exchange\setup", "newestbuild")?.Number);
        Assert.Equal(@"C:\EXCHSRVR", reopened.GetValue(@"HKLM\SOFTWARE\Microsoft\Exchange\Setup", "Services")?.Text);
        Assert.Equal(["MSExchangeDS"], reopened.GetValue(@"HKLM\SYSTEM\CurrentControlSet\Services\MSExchangeMTA", "DependOnService")?.Lines);
        Assert.Equal(["MSExchangeMTA"], reopened.GetSubKeyNames(@"HKLM\SYSTEM\CurrentControlSet\Services"));
        Assert.Null(reopened.GetValue(@"HKLM\SOFTWARE\Nothing", "x"));
    }

    [Fact]
    public void SetValue_OutsideHklm_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new LabRegistry(Path.Combine(_lab.Root, "r.json")).SetValue(@"HKCU\Software", "x", RegistryValue.Sz("y")));
}
