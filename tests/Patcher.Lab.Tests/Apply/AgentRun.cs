using System.Diagnostics;
using System.Text.Json;
using Patcher.Lab.Tests.EndToEnd;

namespace Patcher.Lab.Tests.Apply;

/// <summary>One run of the real agent (<c>dotnet patcher-lab.dll</c>), optionally with the fault hook set.</summary>
internal sealed record AgentRun(int ExitCode, string Output, string Error)
{
    /// <summary>How a process killed by SIGKILL reports its exit: 128 + 9.</summary>
    public const int KilledBySigkill = 137;

    public static Task<AgentRun> StartAsync(string? killAt, params string[] arguments) => RunAsync(null, killAt, arguments);

    /// <summary>Runs the agent with <c>PATCHER_FAULT_FAIL_AT=<paramref name="failAt"/></c> (a step that fails) and the kill hook.</summary>
    public static Task<AgentRun> FailingAtAsync(string failAt, string? killAt, params string[] arguments) => RunAsync(failAt, killAt, arguments);

    private static async Task<AgentRun> RunAsync(string? failAt, string? killAt, string[] arguments)
    {
        var info = PatcherProcess.Command.StartInfo(arguments);
        info.Environment.Remove("PATCHER_FAULT_KILL_AT");
        info.Environment.Remove("PATCHER_FAULT_FAIL_AT");
        if (killAt is not null)
        {
            info.Environment["PATCHER_FAULT_KILL_AT"] = killAt;
        }

        if (failAt is not null)
        {
            info.Environment["PATCHER_FAULT_FAIL_AT"] = failAt;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120), TimeProvider.System);
        await process.WaitForExitAsync(timeout.Token);
        return new AgentRun(process.ExitCode, await output, await error);
    }

    public JsonDocument Json() => JsonDocument.Parse(Output);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
