using Patcher.Core.Configuration;
using Patcher.Core.Platform;
using Patcher.Core.Services;
using Patcher.Core.Tests.Discovery;
using Patcher.Lab.Registry;

namespace Patcher.Core.Tests.Configuration;

public sealed class AgentSettingsLoaderTests : IDisposable
{
    private const string Signer = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
    private const string SignerHex = "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789";
    private readonly string _folder = Directory.CreateTempSubdirectory("patcher-settings-").FullName;

    private string SettingsFile => Path.Combine(_folder, AgentSettingsLocations.FileName);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_NothingConfigured_EveryDefaultFromDefault()
    {
        var layered = AgentSettingsLoader.Load(new FakeRegistry(), SettingsFile);

        Assert.True(layered.IsValid);
        Assert.All(layered.Entries, entry => Assert.Equal(SettingSource.Default, entry.Origin.Source));
        Assert.Equal(AgentMode.ScanOnly, layered.Settings.Mode);
        Assert.Equal(TimeSpan.FromHours(4), layered.Settings.RunInterval);
        Assert.Null(layered.Settings.MaintenanceWindow);
        Assert.Equal(new ServiceRestartPolicy(), layered.Settings.Restart);
    }

    [Fact]
    public void Load_EverySetting_IsShown()
    {
        var names = AgentSettingsLoader.Load(new FakeRegistry(), null).Entries.Select(e => e.Name);

        Assert.Equal(typeof(AgentSettingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(), names.Order());
    }

    [Fact]
    public void Load_SameSettingInEveryLayer_PolicyWinsThenAgentKeyThenFile()
    {
        File.WriteAllText(SettingsFile, """{ "RunIntervalMinutes": 60, "HungAfterSeconds": 120, "StabilityWindowSeconds": 30, "ReportShare": "\\\\file\\r" }""");
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.AgentKey, "RunIntervalMinutes", RegistryValue.DWord(90));
        registry.SetValue(AgentSettingsLocations.AgentKey, "HungAfterSeconds", RegistryValue.DWord(600));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RunIntervalMinutes", RegistryValue.DWord(30));

        var layered = AgentSettingsLoader.Load(registry, SettingsFile);

        Assert.True(layered.IsValid, string.Join(" ", layered.Problems));
        Assert.Equal(TimeSpan.FromMinutes(30), layered.Settings.RunInterval);
        Assert.Equal(TimeSpan.FromMinutes(10), layered.Settings.HungAfter);
        Assert.Equal(TimeSpan.FromSeconds(30), layered.Settings.StabilityWindow);
        Assert.Equal(SettingSource.Policy, Entry(layered, "RunIntervalMinutes").Origin.Source);
        Assert.Equal(SettingSource.AgentKey, Entry(layered, "HungAfterSeconds").Origin.Source);
        Assert.Equal(SettingSource.File, Entry(layered, "StabilityWindowSeconds").Origin.Source);
        Assert.Equal(SettingSource.Default, Entry(layered, "Mode").Origin.Source);
        Assert.Equal(@"HKLM\Software\Policies\Patcher\Agent\RunIntervalMinutes", Entry(layered, "RunIntervalMinutes").Origin.Location);
    }

    [Fact]
    public void Load_OnLabRegistry_ReadsTheMsiAndPolicyKeys()
    {
        var registry = new LabRegistry(Path.Combine(_folder, "registry.json"));
        registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Patcher\Agent", "Mode", RegistryValue.Sz("scan-and-apply"));
        registry.SetValue(@"HKLM\SOFTWARE\Patcher\Agent", "PackageSource", RegistryValue.Sz(@"\\srv\packages"));
        registry.SetValue(@"HKLM\SOFTWARE\Patcher\Agent", "TrustedSigners", RegistryValue.Sz(Signer));
        registry.SetValue(@"HKLM\SOFTWARE\Policies\Patcher\Agent", "ReportShare", RegistryValue.Sz(@"\\srv\reports"));

        var layered = AgentSettingsLoader.Load(registry, SettingsFile);

        Assert.True(layered.IsValid, string.Join(" ", layered.Problems));
        Assert.Equal(AgentMode.ScanAndApply, layered.Settings.Mode);
        Assert.Equal([SignerHex], layered.Settings.TrustedSigners);
        Assert.Equal(@"\\srv\reports", layered.Settings.ReportShare);
        Assert.Equal("policy", Entry(layered, "ReportShare").Origin.SourceName);
        Assert.Equal(@"HKLM\Software\Patcher\Agent", Entry(layered, "Mode").Origin.SourceName);
    }

    [Fact]
    public void Load_TrustedSignersAsAdmxList_ReadsEveryValueOfTheSubkey()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey + @"\TrustedSigners", "1", RegistryValue.Sz(SignerHex));
        registry.SetValue(AgentSettingsLocations.PolicyKey + @"\TrustedSigners", "2", RegistryValue.Sz(new string('0', 64)));

        var layered = AgentSettingsLoader.Load(registry, null);

        Assert.Equal([SignerHex, new string('0', 64)], layered.Settings.TrustedSigners);
        Assert.Equal(SettingSource.Policy, Entry(layered, "TrustedSigners").Origin.Source);
    }

    [Fact]
    public void Load_RestartValues_MapOntoServiceRestartPolicy()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartStartBudgetSeconds", RegistryValue.DWord(1800));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartStartTimeoutSeconds", RegistryValue.DWord(1200));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartMaxRetries", RegistryValue.DWord(2));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartBaseDelaySeconds", RegistryValue.DWord(10));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartMaxDelaySeconds", RegistryValue.DWord(60));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartCrashesBeforeBreak", RegistryValue.DWord(5));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartStopTimeoutSeconds", RegistryValue.DWord(120));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartStopEscalation", RegistryValue.Sz("kill"));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartKillTimeoutSeconds", RegistryValue.DWord(30));

        var restart = AgentSettingsLoader.Load(registry, null).EnsureValid().Restart;

        Assert.Equal(new ServiceRestartPolicy
        {
            StartBudget = TimeSpan.FromMinutes(30),
            StartAttemptTimeout = TimeSpan.FromMinutes(20),
            MaxStartRetries = 2,
            RetryBaseDelay = TimeSpan.FromSeconds(10),
            RetryMaxDelay = TimeSpan.FromMinutes(1),
            CrashesBeforeBreak = 5,
            StopTimeout = TimeSpan.FromMinutes(2),
            StopEscalation = StopEscalation.Kill,
            KillTimeout = TimeSpan.FromSeconds(30),
        }, restart);
    }

    [Fact]
    public void Load_MaintenanceWindow_BuiltFromItsThreeParts()
    {
        File.WriteAllText(SettingsFile, """
            // comments are allowed
            { "MaintenanceWindowStart": "22:00", "MaintenanceWindowEnd": "04:00", "MaintenanceWindowDays": "Sat,sunday", }
            """);

        var window = AgentSettingsLoader.Load(new FakeRegistry(), SettingsFile).EnsureValid().MaintenanceWindow;

        Assert.NotNull(window);
        Assert.Equal(new TimeOnly(22, 0), window.Start);
        Assert.Equal(new TimeOnly(4, 0), window.End);
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], window.Days.Order());
    }

    [Theory]
    [InlineData("Mode", "scanonly", "must be scan-only or scan-and-apply")]
    [InlineData("RunIntervalMinutes", "0", "must be a whole number from 5 to 10080")]
    [InlineData("MaintenanceWindowStart", "2am", "HH:mm")]
    [InlineData("MaintenanceWindowDays", "Mon,Funday", "'Funday' is not a day")]
    [InlineData("TrustedSigners", "ABCD", "'ABCD' is not one")]
    [InlineData("ReportShare", "reports", @"\\server\share")]
    [InlineData("RestartStopEscalation", "terminate", "must be none or kill")]
    public void Load_BadPolicyValue_ProblemNamesSettingValueAndWhere(string name, string value, string expected)
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey, name, RegistryValue.Sz(value));

        var layered = AgentSettingsLoader.Load(registry, null);

        var problem = Assert.Single(layered.Problems, p => p.StartsWith(name, StringComparison.Ordinal));
        Assert.Contains($"'{value}'", problem, StringComparison.Ordinal);
        Assert.Contains(AgentSettingsLocations.PolicyKey, problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        var exception = Assert.Throws<AgentSettingsException>(() => layered.EnsureValid());
        Assert.Equal("CFG001", exception.Code);
    }

    [Fact]
    public void Load_BadPolicyValue_DoesNotFallBackToALowerLayer()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.AgentKey, "Mode", RegistryValue.Sz("scan-only"));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "Mode", RegistryValue.Sz("apply"));

        var layered = AgentSettingsLoader.Load(registry, null);

        Assert.False(layered.IsValid);
        Assert.Equal(SettingSource.Policy, Entry(layered, "Mode").Origin.Source);
        Assert.NotNull(Entry(layered, "Mode").Problem);
    }

    [Fact]
    public void Load_ScanAndApplyWithoutSourceOrSigners_TwoProblems()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey, "Mode", RegistryValue.Sz("scan-and-apply"));

        var problems = AgentSettingsLoader.Load(registry, null).Problems;

        Assert.Contains(problems, p => p.Contains("PackageSource is not set", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("TrustedSigners is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WindowStartWithoutEnd_Problem()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.AgentKey, "MaintenanceWindowStart", RegistryValue.Sz("02:00"));

        var problem = Assert.Single(AgentSettingsLoader.Load(registry, null).Problems);

        Assert.Contains("MaintenanceWindowEnd is not", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RestartDelaysOutOfOrder_ServiceRestartPolicyProblem()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartBaseDelaySeconds", RegistryValue.DWord(600));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RestartMaxDelaySeconds", RegistryValue.DWord(60));

        var problem = Assert.Single(AgentSettingsLoader.Load(registry, null).Problems);

        Assert.Contains("RetryMaxDelay", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownNameInFile_ProblemListsKnownNames()
    {
        File.WriteAllText(SettingsFile, """{ "Mdoe": "scan-only" }""");

        var problem = Assert.Single(AgentSettingsLoader.Load(new FakeRegistry(), SettingsFile).Problems);

        Assert.Contains("'Mdoe' is not a setting", problem, StringComparison.Ordinal);
        Assert.Contains("Mode", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileNotJson_ProblemAndOtherLayersStillApply()
    {
        File.WriteAllText(SettingsFile, "{ nope");
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.PolicyKey, "RunIntervalMinutes", RegistryValue.DWord(15));

        var layered = AgentSettingsLoader.Load(registry, SettingsFile);

        Assert.Contains(layered.Problems, p => p.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Equal(TimeSpan.FromMinutes(15), layered.Settings.RunInterval);
    }

    [Fact]
    public void Load_EmptyPolicyText_FallsToTheLayerBelow()
    {
        var registry = new FakeRegistry();
        registry.SetValue(AgentSettingsLocations.AgentKey, "ReportShare", RegistryValue.Sz(@"\\msi\reports"));
        registry.SetValue(AgentSettingsLocations.PolicyKey, "ReportShare", RegistryValue.Sz(""));

        var layered = AgentSettingsLoader.Load(registry, null);

        Assert.Equal(@"\\msi\reports", layered.Settings.ReportShare);
        Assert.Equal(SettingSource.AgentKey, Entry(layered, "ReportShare").Origin.Source);
    }

    [Fact]
    public void Load_ShippedSettingsFile_IsAllDefaults()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "agent", "Patcher.Agent", "patcher.settings.json");

        var layered = AgentSettingsLoader.Load(new FakeRegistry(), shipped);

        Assert.True(File.Exists(shipped));
        Assert.True(layered.IsValid, string.Join(" ", layered.Problems));
        Assert.All(layered.Entries, entry => Assert.Equal(SettingSource.Default, entry.Origin.Source));
    }

    private static EffectiveSetting Entry(LayeredAgentSettings layered, string name) => layered.Entries.Single(e => e.Name == name);
}
