using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Patcher.Agent.Cli;
using Patcher.Agent.Hosts;
using Patcher.LabTool.Hosts;

namespace Patcher.Lab.Tests.Apply;

/// <summary>
/// The production agent's rules on a real lab host: the shared <c>apply</c> command, handed a host that answers as a
/// server does (<see cref="AgentHost.AcceptsLabOnlyPackages"/> false), refuses the lab's package before touching anything.
/// </summary>
public sealed class ProductionFaceTests(SignedHotfixPackage package) : IClassFixture<SignedHotfixPackage>
{
    [Fact]
    public async Task Apply_LabPackageOnAServer_RefusedAP006_DriveByteForByteUnchanged()
    {
        using var host = await PoisonedSp3Host.StartAsync();
        await host.WaitUntilHungAsync();
        var before = host.DriveSnapshot();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await PatcherCli.RunAsync(
            ["apply", "--package", package.PackagePath, "--trusted-signer", package.Fingerprint, "--json"],
            output, error, TimeProvider.System, new ServerLikeOpener(host.Lab));

        Assert.True(exit == ExitCodes.Refused, $"exit {exit}\n{output}\n{error}");
        using var document = JsonDocument.Parse(output.ToString());
        Assert.Equal("refused", document.RootElement.GetProperty("result").GetString());
        Assert.Equal("AP006", document.RootElement.GetProperty("code").GetString());
        Assert.Equal(before, host.DriveSnapshot());
    }

    /// <summary>The lab host, judged as a production server would be: lab packages refused.</summary>
    private sealed class ServerLikeOpener(string lab) : IHostOpener
    {
        private readonly LabHostOpener _lab = new();

        public string ToolName => "patcher";

        public void AddTargetOptions(Command command)
        {
        }

        public string? SelectedTarget(ParseResult parseResult) => lab;

        public bool TryOpen(string? target, TimeProvider time, [NotNullWhen(true)] out AgentHost? host, out string problem)
        {
            host = null;
            if (!_lab.TryOpen(target, time, out var opened, out problem))
            {
                return false;
            }

            host = new ServerLikeHost(opened);
            return true;
        }
    }

    private sealed class ServerLikeHost(AgentHost lab) : AgentHost(lab.Platform, lab.Settings)
    {
        public override bool AcceptsLabOnlyPackages => false;

        public override Patcher.Core.Health.MtaHealthOptions Health(TimeSpan? hungAfter) => lab.Health(hungAfter);

        public override (Patcher.Core.Pipeline.HostRunOptions Options, string Description) RunOptions(Patcher.Core.Configuration.AgentSettings settings, Patcher.Core.Reporting.RunMode mode) =>
            lab.RunOptions(settings, mode);
    }
}
