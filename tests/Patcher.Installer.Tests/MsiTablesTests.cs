using Patcher.Agent.Service;

namespace Patcher.Installer.Tests;

[Collection(BuiltInstaller.Name)]
public sealed class MsiTablesTests(InstallerBuild build)
{
    private static readonly string[] PublicProperties = ["REPORTSHARE", "PACKAGESOURCE", "TRUSTEDSIGNERS", "MODE"];

    [Fact]
    public void File_HoldsTheAgentAndItsSettingsFile()
    {
        var names = build.Table("File").Select(row => row[2].Split('|')[^1]).ToArray();

        Assert.Contains("patcher.exe", names);
        Assert.Contains("patcher.dll", names);
        Assert.Contains("patcher.settings.json", names);
        Assert.Contains("Microsoft.Extensions.Hosting.WindowsServices.dll", names);
    }

    [Fact]
    public void File_HoldsTheSharedCommandsAndNothingOfTheLab()
    {
        var names = build.Table("File").Select(row => row[2].Split('|')[^1]).ToArray();

        Assert.Contains("Patcher.Agent.Commands.dll", names);
        Assert.Contains("Patcher.X411.dll", names);
        // The lab platform, the pre-fix (defective) engine and the lab tool never reach a production server.
        Assert.DoesNotContain(names, name => name.StartsWith("Patcher.Lab", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(names, name => name.StartsWith("patcher-lab", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Publish_ProductionAgentOutput_HoldsNothingOfTheLab()
    {
        var publish = Path.Combine(build.Output, "obj", "publish");
        var files = Directory.EnumerateFiles(publish, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToArray();

        Assert.Contains("patcher.dll", files);
        Assert.DoesNotContain(files, name => name!.StartsWith("Patcher.Lab", StringComparison.OrdinalIgnoreCase) || name.StartsWith("patcher-lab", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Patcher.Lab", File.ReadAllText(Path.Combine(publish, "patcher.deps.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Component_EveryOneIs64Bit()
    {
        var components = build.Table("Component");

        Assert.NotEmpty(components);
        Assert.All(components, row => Assert.True((int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture) & 256) != 0, $"{row[0]} is not Win64"));
    }

    [Fact]
    public void Directory_FilesUnderProgramFiles64Patcher()
    {
        var install = Assert.Single(build.Table("Directory"), row => row[0] == "INSTALLFOLDER");

        Assert.Equal("ProgramFiles64Folder", install[1]);
        Assert.Equal("Patcher", install[2].Split('|')[^1]);
    }

    [Fact]
    public void ServiceInstall_PatcherAgentAutomaticLocalSystem()
    {
        var service = Assert.Single(build.Table("ServiceInstall"));

        Assert.Equal(AgentProduct.ServiceName, service[1]);
        Assert.Equal("16", service[3]); // SERVICE_WIN32_OWN_PROCESS
        Assert.Equal("2", service[4]); // SERVICE_AUTO_START
        Assert.Equal("LocalSystem", service[8]);
        Assert.Equal(AgentProduct.ServiceCommand, service[10]);
        Assert.Contains("KB Q248732", service[12], StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceControl_StopOnInstall_StopAndRemoveOnUninstall_NoStart()
    {
        var control = Assert.Single(build.Table("ServiceControl"));

        Assert.Equal(AgentProduct.ServiceName, control[1]);
        // msidbServiceControlEvent: Stop 2 | UninstallStop 32 | UninstallDelete 128. No Start (1): StartServices fails the
        // install when the start fails; StartAgentService starts it instead.
        Assert.Equal(2 | 32 | 128, int.Parse(control[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1", control[4]); // wait
    }

    [Fact]
    public void StartAgentService_DeferredScStartWhoseFailureIsIgnored_AfterStartServices()
    {
        var action = Assert.Single(build.Table("CustomAction"), row => row[0] == "StartAgentService");
        var sequence = Sequence("InstallExecuteSequence");
        var row = Assert.Single(build.Table("InstallExecuteSequence"), r => r[0] == "StartAgentService");

        // 34 exe in a directory | 64 ignore the exit code | 1024 deferred | 2048 no impersonation.
        Assert.Equal(34 | 64 | 1024 | 2048, int.Parse(action[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("System64Folder", action[2]);
        Assert.Equal($"\"[System64Folder]sc.exe\" start {AgentProduct.ServiceName}", action[3]);
        Assert.Equal("VersionNT AND NOT REMOVE~=\"ALL\"", row[1]);
        Assert.InRange(sequence["StartAgentService"], sequence["StartServices"] + 1, sequence["InstallFinalize"] - 1);
    }

    [Theory]
    [InlineData("InstallExecuteSequence")]
    [InlineData("InstallUISequence")]
    public void RememberProperty_SavedBeforeAppSearch_RestoredBeforeLaunchConditions(string table)
    {
        var sequence = Sequence(table);

        // The command line wins over the values an upgrade reads back, and the MODE launch condition sees it (issue 11).
        Assert.All(PublicProperties, property =>
        {
            var name = property switch { "REPORTSHARE" => "ReportShare", "PACKAGESOURCE" => "PackageSource", "TRUSTEDSIGNERS" => "TrustedSigners", _ => "Mode" };
            Assert.InRange(sequence["SaveCmdLine" + name], 1, sequence["AppSearch"] - 1);
            Assert.InRange(sequence["RestoreCmdLine" + name], sequence["AppSearch"] + 1, sequence["LaunchConditions"] - 1);
        });
        Assert.True(sequence["LaunchConditions"] < sequence.GetValueOrDefault("InstallInitialize", int.MaxValue), "nothing is written before the launch conditions");
    }

    [Fact]
    public void LaunchCondition_RefusesABadMode()
    {
        var condition = Assert.Single(build.Table("LaunchCondition"), row => row[0].Contains("MODE", StringComparison.Ordinal));

        Assert.Equal("Installed OR NOT MODE OR MODE = \"scan-only\" OR MODE = \"scan-and-apply\"", condition[0]);
    }

    [Fact]
    public void File_RuntimeShipsWithTheAgent_SelfContained()
    {
        var names = build.Table("File").Select(row => row[2].Split('|')[^1]).ToArray();

        // The servers have no .NET: the runtime is in the MSI (issue 11).
        Assert.Contains("coreclr.dll", names);
        Assert.Contains("hostfxr.dll", names);
        Assert.Contains("System.Private.CoreLib.dll", names);
    }

    [Fact]
    public void Registry_EachPublicPropertyWrittenToTheAgentKey_OnlyWhenSet()
    {
        var registry = build.Table("Registry");
        var components = build.Table("Component").ToDictionary(row => row[0]);

        foreach (var property in PublicProperties)
        {
            var row = Assert.Single(registry, r => r[4] == $"[{property}]");
            Assert.Equal("2", row[1]); // HKLM
            Assert.Equal(@"Software\Patcher\Agent", row[2]);
            Assert.Equal(property, components[row[5]][4]); // the component's condition
        }
    }

    [Fact]
    public void Property_UpgradeCodePerMachineAndPublicPropertiesSecure()
    {
        var properties = build.Table("Property").ToDictionary(row => row[0], row => row[1]);

        Assert.Equal(AgentProduct.UpgradeCode.ToString("B").ToUpperInvariant(), properties["UpgradeCode"]);
        Assert.Equal("1", properties["ALLUSERS"]);
        Assert.Equal(InstallerBuild.Version, properties["ProductVersion"]);
        Assert.All(PublicProperties, p => Assert.Contains(p, properties["SecureCustomProperties"].Split(';')));
    }

    [Fact]
    public void AppSearch_UpgradeReadsEveryPublicPropertyBack()
    {
        var searched = build.Table("AppSearch").Select(row => row[0]);

        Assert.Equal(PublicProperties.Order(), searched.Order());
        Assert.All(build.Table("RegLocator"), row => Assert.Equal("18", row[4])); // raw | 64-bit
    }

    [Fact]
    public void Upgrade_OlderRemoved_NewerDetectedAndBlocked()
    {
        var upgrade = build.Table("Upgrade");
        var launch = build.Table("LaunchCondition");

        Assert.Contains(upgrade, row => row[6] == "WIX_UPGRADE_DETECTED" && row[2] == InstallerBuild.Version);
        var downgrade = Assert.Single(upgrade, row => row[6] == "WIX_DOWNGRADE_DETECTED");
        Assert.Equal(InstallerBuild.Version, downgrade[1]);
        Assert.Equal("2", downgrade[4]); // msidbUpgradeAttributesOnlyDetect
        var block = Assert.Single(launch, row => row[0] == "NOT WIX_DOWNGRADE_DETECTED");
        Assert.Contains("newer version", block[1], StringComparison.Ordinal);
        Assert.Contains(build.Table("InstallExecuteSequence"), row => row[0] == "RemoveExistingProducts");
    }

    [Fact]
    public void MsiServiceConfigFailureActions_RestartsThreeTimes_AndIsSequenced()
    {
        var actions = Assert.Single(build.Table("MsiServiceConfigFailureActions"));
        var sequence = build.Table("InstallExecuteSequence").ToDictionary(row => row[0], row => int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(AgentProduct.ServiceName, actions[1]);
        Assert.Equal("86400", actions[3]);
        Assert.Equal("1[~]1[~]1", actions[6]);
        Assert.Equal("60000[~]300000[~]900000", actions[7]);
        Assert.InRange(sequence["MsiConfigureServices"], sequence["InstallServices"] + 1, sequence["StartServices"] - 1);
    }

    private Dictionary<string, int> Sequence(string table) =>
        build.Table(table).ToDictionary(row => row[0], row => int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Build_VersionAbove255_Refused()
    {
        var (exit, _, stderr) = InstallerBuild.Run("bash", build.Repo, Path.Combine(build.Repo, "installer", "build.sh"), "256.0.0", "--out", build.Output);

        Assert.NotEqual(0, exit);
        Assert.Contains("255.255.65535", stderr, StringComparison.Ordinal);
    }
}
