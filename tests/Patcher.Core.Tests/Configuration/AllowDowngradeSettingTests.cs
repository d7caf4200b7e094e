using Patcher.Core.Configuration;
using Patcher.Core.Pipeline;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.Tests.Discovery;

namespace Patcher.Core.Tests.Configuration;

public sealed class AllowDowngradeSettingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("patcher-settings-").FullName;

    private string SettingsFile => Path.Combine(_folder, AgentSettingsLocations.FileName);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_NothingConfigured_DowngradesRefusedByDefault()
    {
        var settings = AgentSettingsLoader.Load(new FakeRegistry(), SettingsFile).Settings;

        Assert.False(settings.AllowDowngrade);
        Assert.False(HostRunOptions.FromSettings(settings, RunMode.Apply, "1.0.0").Apply.AllowDowngrade);
    }

    [Fact]
    public void Load_PolicyDword1OverFile0_AllowedFromPolicyAndPassedToApply()
    {
        File.WriteAllText(SettingsFile, """{ "AllowDowngrade": false }""");
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey, AgentSettingNames.AllowDowngrade, RegistryValue.DWord(1));

        var layered = AgentSettingsLoader.Load(registry, SettingsFile);

        Assert.True(layered.IsValid, string.Join(" ", layered.Problems));
        Assert.True(layered.Settings.AllowDowngrade);
        var entry = layered.Entries.Single(e => e.Name == AgentSettingNames.AllowDowngrade);
        Assert.Equal(SettingSource.Policy, entry.Origin.Source);
        Assert.Equal(@"HKLM\Software\Policies\Patcher\Agent\AllowDowngrade", entry.Origin.Location);
        var options = HostRunOptions.FromSettings(layered.Settings, RunMode.Apply, "1.0.0");
        Assert.True(options.Apply.AllowDowngrade);
        Assert.False(options.Apply.AcceptLabOnlyPackages);
    }

    [Fact]
    public void Load_FileTrue_Allowed()
    {
        File.WriteAllText(SettingsFile, """{ "AllowDowngrade": true }""");

        Assert.True(AgentSettingsLoader.Load(new FakeRegistry(), SettingsFile).Settings.AllowDowngrade);
    }

    [Fact]
    public void Load_Dword2_ProblemNamingTheSetting()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.AgentKey, AgentSettingNames.AllowDowngrade, RegistryValue.DWord(2));

        var layered = AgentSettingsLoader.Load(registry, SettingsFile);

        Assert.False(layered.IsValid);
        Assert.Contains(layered.Problems, p => p.Contains(AgentSettingNames.AllowDowngrade, StringComparison.Ordinal));
    }
}
