using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Patcher.Lab.Hosts;

namespace Patcher.Lab.Tests.Mta;

/// <summary>
/// The lab MTA as the lab SCM runs it: a real process, <c>dotnet patcher-lab.dll lab service MSExchangeMTA --host DIR/NAME</c>.
/// Killed on dispose if still running, so a failing test leaves no process behind.
/// </summary>
internal sealed class MtaChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private MtaChildProcess(LabHostPaths host)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "patcher-lab.dll"), "lab", "service", "MSExchangeMTA", "--host", host.Root })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DOTNET_STARTUP_HOOKS");
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Stdout => _stdout.ToArray();

    public string Stderr => string.Join('\n', _stderr);

    public bool HasExited => _process.HasExited;

    public static MtaChildProcess Start(LabHostPaths host) => new(host);

    /// <summary>SIGTERM, as the lab SCM stops a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The exit code, once the process has exited (bounded wait).</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Eventually.Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
