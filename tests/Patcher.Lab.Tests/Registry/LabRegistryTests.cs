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

    [Theory]
    [InlineData("a null value", "{\"HKLM\\\\SOFTWARE\\\\X\": {\"Build\": null}}", "value 'Build' of key HKLM\\SOFTWARE\\X is null")]
    [InlineData("a null key", "{\"HKLM\\\\SOFTWARE\\\\X\": null}", "key HKLM\\SOFTWARE\\X is null")]
    public void GetValue_NullInTheFile_OneLineNamingTheFileAndTheKey(string @case, string json, string expected)
    {
        var file = Path.Combine(_lab.Root, "registry.json");
        File.WriteAllText(file, json);

        var damaged = Assert.Throws<InvalidDataException>(() => new LabRegistry(file).GetValue(@"HKLM\SOFTWARE\X", "Build"));

        Assert.True(damaged.Message.Contains(expected, StringComparison.Ordinal), @case + ": " + damaged.Message);
        Assert.Contains(file, damaged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', damaged.Message);
    }

    [Fact]
    public void SetValue_OutsideHklm_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new LabRegistry(Path.Combine(_lab.Root, "r.json")).SetValue(@"HKCU\Software", "x", RegistryValue.Sz("y")));
}
