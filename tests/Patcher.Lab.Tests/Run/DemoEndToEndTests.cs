using System.Diagnostics;
using System.Text.Json;
using Patcher.Lab.Tests.EndToEnd;

namespace Patcher.Lab.Tests.Run;

/// <summary>
/// <c>patcher-lab demo</c> end to end: the README's main command, ten lab hosts as real processes in two rollout rings
/// (issue 14). The slowest test of the suite (about a minute and a half on 2 cores).
/// </summary>
[Trait("Category", "Slowest")]
public sealed class DemoEndToEndTests
{
    [Fact]
    public async Task Demo_Rings_PilotFailsAndRollsBack_BroadHeldByItsClosedGate_OpenOncePilotRecovers_Exit0_NoLabProcessLeft()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pdemo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (exit, output, error) = await RunAsync("demo", "--out", folder);

            Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
            Assert.Contains("short windows from lab.json", output, StringComparison.Ordinal);
            var share = Path.Combine(folder, "reports");
            var runs = Directory.GetFiles(share, "*.json").Select(Read).OrderBy(r => r.GetProperty("finishedAt").GetDateTimeOffset()).ToArray();

            // Wave 1, the pilot: EXCH-SP2's patched MTA does not start (the breaker opens); the apply is rolled back and the
            // MTA verified running the originals.
            var failed = Assert.Single(runs, r => Host(r) == "EXCH-SP2" && Outcome(r) == "rolled-back");
            Assert.Equal("pilot", failed.GetProperty("ring").GetString());
            Assert.Contains(failed.GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() == "apply" && a.GetProperty("result").GetString() == "failed");
            Assert.Contains(failed.GetProperty("restartAttempts").EnumerateArray(), a => a.GetProperty("result").GetString() == "circuit-open");
            Assert.Contains("rolled back", failed.GetProperty("outcomeReason").GetString(), StringComparison.Ordinal);
            var afterRollback = Assert.Single(failed.GetProperty("verifications").EnumerateArray());
            Assert.Equal("after-rollback", afterRollback.GetProperty("phase").GetString());
            Assert.True(afterRollback.GetProperty("recovered").GetBoolean());
            Assert.Contains("EXCH-SP2       => rolled-back (exit 12)", output, StringComparison.Ordinal);

            // report --gates after wave 1: broad's gate closed on the pilot's failure, as written to the share.
            using var closed = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "gates", "broad.1.json")));
            Assert.Equal("closed", closed.RootElement.GetProperty("state").GetString());
            Assert.Equal(1, closed.RootElement.GetProperty("failing").GetInt32());
            Assert.Equal(2, closed.RootElement.GetProperty("recovered").GetInt32());
            Assert.Contains("fail too often", closed.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);

            // Wave 2: every broad host that needs the fix is held (exit 20) before the failed pilot host is run again.
            string[] needFix = ["EXCH-SP3-HUNG", "EXCH-SP3-1067", "EXCH-HALF", "EXCH-FLAKY"];
            var recovery = Array.FindIndex(runs, r => Host(r) == "EXCH-SP2" && Outcome(r) == "patched-recovered");
            Assert.True(recovery > Array.IndexOf(runs, failed), "the pilot host was not run again after its rollback");
            foreach (var host in needFix)
            {
                var held = Assert.Single(runs, r => Host(r) == host && Outcome(r) == "held");
                Assert.True(Array.IndexOf(runs, held) < recovery, $"{host} was held after the pilot recovered");
                Assert.Equal("broad", held.GetProperty("ring").GetString());
                Assert.Empty(held.GetProperty("fileChanges").EnumerateArray());
                Assert.Contains("held by its gate", held.GetProperty("outcomeReason").GetString(), StringComparison.Ordinal);
                Assert.Contains($"{host,-14} => held (exit 20)", output, StringComparison.Ordinal);
            }

            // Once the pilot recovered, report --gates opened broad's gate, and wave 3 patched broad.
            using var open = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(share, "gates", "broad.json")));
            Assert.Equal("open", open.RootElement.GetProperty("state").GetString());
            Assert.Equal(3, open.RootElement.GetProperty("recovered").GetInt32());
            Assert.Equal(0, open.RootElement.GetProperty("failing").GetInt32());
            Assert.Equal(open.RootElement.ToString(), Read(Path.Combine(folder, "gates", "broad.2.json")).ToString());
            foreach (var host in needFix)
            {
                Assert.Single(runs, r => Host(r) == host && Outcome(r) == "patched-recovered" && Array.IndexOf(runs, r) > recovery);
            }

            // The fleet report: the newest run of each host, every run read.
            using var fleet = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "report.json")));
            var hosts = fleet.RootElement.GetProperty("hosts").EnumerateArray().ToArray();
            Assert.Equal(10, hosts.Length);
            Assert.Equal(runs.Length, fleet.RootElement.GetProperty("summary").GetProperty("reportsRead").GetInt32());
            Assert.Equal(3 + 7 + 1 + 7, runs.Length);
            var outcomes = hosts.ToDictionary(Host, Outcome);
            Assert.All(needFix.Append("EXCH-RTM").Append("EXCH-SP1").Append("EXCH-SP2"), h => Assert.Equal("patched-recovered", outcomes[h]));
            Assert.Equal(2, outcomes.Values.Count(o => o == "compliant"));
            Assert.Equal("no-mta", outcomes["EXCH-NOMTA"]);
            Assert.True(File.Exists(Path.Combine(folder, "report.html")));
            Assert.Equal(11, File.ReadAllLines(Path.Combine(folder, "report.csv")).Length);
            Assert.Contains("the rings held broad while the pilot failed", output, StringComparison.Ordinal);
            Assert.DoesNotContain(Process.GetProcesses(), p => CommandLine(p.Id).Contains(folder, StringComparison.Ordinal));
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

    private static JsonElement Read(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        return document.RootElement.Clone();
    }

    private static string Host(JsonElement report) => report.GetProperty("host").GetString()!;

    private static string Outcome(JsonElement report) => report.GetProperty("outcome").GetString()!;

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
