using System.Text.Json;
using Patcher.Core.Exchange;
using Patcher.Lab.Hosts;

namespace Patcher.Lab.Tests.EndToEnd;

/// <summary>The operator's commands, run as real processes: init, add-host, start, status, stop.</summary>
public sealed class LabCommandsEndToEndTests : IDisposable
{
    private readonly TempLab _lab = new();

    public void Dispose() => _lab.Dispose();

    [Fact]
    public async Task StartStatusStop_RunsEveryServiceAsARealProcess_AndStopsDependentsFirst()
    {
        var add = await PatcherProcess.RunAsync("lab", "add-host", _lab.Root, "sp4", "--version", "5.5.2653.23", "--queue", "2");
        Assert.True(add.ExitCode == 0, add.Error);

        var start = await PatcherProcess.RunAsync("lab", "start", _lab.Root);
        Assert.True(start.ExitCode == 0, start.Output + start.Error);

        var status = await PatcherProcess.RunAsync("lab", "status", _lab.Root, "--json");
        Assert.Equal(0, status.ExitCode);
        using var document = JsonDocument.Parse(status.Output);
        var host = document.RootElement.GetProperty("hosts")[0];
        Assert.True(host.GetProperty("daemonRunning").GetBoolean());
        Assert.True(Directory.Exists($"/proc/{host.GetProperty("daemonProcessId").GetInt32()}"));
        var services = host.GetProperty("services").EnumerateArray().ToArray();
        Assert.Equal(6, services.Length);
        var pids = new List<int>();
        foreach (var service in services)
        {
            Assert.Equal("Running", service.GetProperty("state").GetString());
            var pid = service.GetProperty("processId").GetInt32();
            Assert.True(Directory.Exists($"/proc/{pid}"), $"{service.GetProperty("name")} pid {pid} is not a live process");
            pids.Add(pid);
        }

        var stop = await PatcherProcess.RunAsync("lab", "stop", _lab.Root);
        Assert.True(stop.ExitCode == 0, stop.Output + stop.Error);
        Assert.True(await Eventually.TrueAsync(() => pids.All(pid => !Directory.Exists($"/proc/{pid}"))), "service processes outlived lab stop");

        var stops = File.ReadLines(_lab.Host("sp4").ScmLogFile)
            .Where(line => line.Contains(" stop ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[2].TrimEnd(':'))
            .ToList();
        Assert.Equal(6, stops.Count);
        Assert.True(stops.IndexOf(ExchangeServices.InternetMailConnector) < stops.IndexOf(ExchangeServices.MessageTransferAgent));
        Assert.True(stops.IndexOf(ExchangeServices.DirectorySynchronization) < stops.IndexOf(ExchangeServices.MessageTransferAgent));
        Assert.True(stops.IndexOf(ExchangeServices.MessageTransferAgent) < stops.IndexOf(ExchangeServices.Directory));
        Assert.True(stops.IndexOf(ExchangeServices.InformationStore) < stops.IndexOf(ExchangeServices.Directory));
        Assert.Equal(ExchangeServices.SystemAttendant, stops[^1]);

        var after = await PatcherProcess.RunAsync("lab", "status", _lab.Root);
        Assert.Contains("SCM daemon not running", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Running", after.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version", "5.5.2650")]
    [InlineData("--queue", "1", "--poison", "2")]
    public async Task AddHost_InvalidArguments_ExitWith2AndSayWhy(params string[] options)
    {
        var arguments = new List<string> { "lab", "add-host", _lab.Root, "bad" };
        if (options[0] != "--version")
        {
            arguments.AddRange(["--version", "5.5.2650.24"]);
        }

        arguments.AddRange(options);

        var result = await PatcherProcess.RunAsync([.. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
        Assert.False(Directory.Exists(_lab.Host("bad").Root));
    }

    [Fact]
    public async Task Start_UnknownHost_ExitsWith2()
    {
        var result = await PatcherProcess.RunAsync("lab", "start", _lab.Root, "nosuch");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no host nosuch", result.Error, StringComparison.Ordinal);
        Assert.Equal(LabSettings.FileName, Path.GetFileName(Directory.GetFiles(_lab.Root).Single()));
    }
}
