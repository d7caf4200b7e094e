using Patcher.X411.Tests.Samples;
using System.Diagnostics;
using System.Text.Json;
using Patcher.Agent.Cli;
using Patcher.Agent.Tests.Samples;

namespace Patcher.Agent.Tests.Process;

/// <summary>The real <c>patcher</c> build output (copied next to this assembly by the project reference), run as a process.</summary>
public sealed class PatcherExecutableTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Decode_PoisonFile_ExitsRejectedWithJsonOnStdout()
    {
        var file = _folder.Write("poison.p1", SampleApdus.Poison());

        var (exitCode, output, error) = RunPatcher("decode", file, "--json");

        Assert.True(exitCode == ExitCodes.Rejected, $"exit {exitCode}; stderr: {error}");
        using var json = JsonDocument.Parse(output);
        Assert.Equal("rejected", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("P1E009", json.RootElement.GetProperty("code").GetString());
        Assert.Equal(11, json.RootElement.GetProperty("diagnostic").GetInt32());
    }

    [Fact]
    public void Decode_MissingFile_ExitsError()
    {
        var (exitCode, _, error) = RunPatcher("decode", _folder.Combine("absent.p1"));

        Assert.Equal(ExitCodes.Error, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>dotnet patcher.dll</c> with the host that runs these tests, so no apphost or DOTNET_ROOT setup is assumed.</summary>
    private static (int ExitCode, string Output, string Error) RunPatcher(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "patcher.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the agent's build output should be copied next to the tests.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"patcher did not exit within {Timeout}.");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string DotnetHost()
    {
        // The SDK sets DOTNET_HOST_PATH for the processes it starts; the test host itself may be dotnet.
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
