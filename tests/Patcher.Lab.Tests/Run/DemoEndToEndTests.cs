using System.Diagnostics;
using System.Text.Json;
using Patcher.Lab.Tests.EndToEnd;

namespace Patcher.Lab.Tests.Run;

/// <summary>
/// <c>patcher-lab demo</c> end to end: the README's main command, ten lab hosts as real processes. The slowest test of the
/// suite (about a minute on 2 cores).
/// </summary>
[Trait("Category", "Slowest")]
public sealed class DemoEndToEndTests
{
    [Fact]
    public async Task Demo_WholeFleet_Exit0_FleetCountsMatchTheHosts_NoLabProcessLeft()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pdemo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (exit, output, error) = await RunAsync("demo", "--out", folder);

            Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
            Assert.Contains("short windows from lab.json", output, StringComparison.Ordinal);
            using var fleet = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "report.json")));
            var json = fleet.RootElement.ToString();
            var hosts = fleet.RootElement.GetProperty("hosts").EnumerateArray().ToArray();
            Assert.Equal(10, hosts.Length);
            Assert.Equal(10, Directory.GetFiles(Path.Combine(folder, "reports"), "*.json").Length);
            var outcomes = hosts.Select(h => h.GetProperty("outcome").GetString()).ToArray();
            Assert.Equal(7, outcomes.Count(o => o == "patched-recovered"));
            Assert.Equal(2, outcomes.Count(o => o == "compliant"));
            Assert.Equal(1, outcomes.Count(o => o == "no-mta"));
            Assert.True(File.Exists(Path.Combine(folder, "report.html")));
            Assert.True(File.Exists(Path.Combine(folder, "report.csv")));
            Assert.Equal(11, File.ReadAllLines(Path.Combine(folder, "report.csv")).Length);
            Assert.DoesNotContain(Process.GetProcesses(), p => CommandLine(p.Id).Contains(folder, StringComparison.Ordinal));
            Assert.NotNull(json);
        }
        finally
        {
            if (Directory.Exists(Path.Combine(folder, "lab")))
            {
                foreach (var host in Directory.GetDirectories(Path.Combine(folder, "lab")))
                {
                    Patcher.Lab.Hosts.LabHostController.KillAll(new Patcher.Lab.Hosts.LabHostPaths(host));
                }
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_NonEmptyFolder_RefusedWithoutForce()
    {
        var folder = Directory.CreateTempSubdirectory("pdemo-busy-").FullName;
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");
        try
        {
            var (exit, _, error) = await RunAsync("demo", "--out", folder);

            Assert.Equal(2, exit);
            Assert.Contains("--force", error, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "keep.txt")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(PatcherProcess.Command.StartInfo(arguments))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4), TimeProvider.System);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
