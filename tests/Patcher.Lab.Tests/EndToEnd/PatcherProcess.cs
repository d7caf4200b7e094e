using System.Diagnostics;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Tests.EndToEnd;

/// <summary>Runs the real agent (<c>dotnet patcher-lab.dll</c> from this test's output), as an operator would.</summary>
internal static class PatcherProcess
{
    public static PatcherCommand Command { get; } = PatcherCommand.FromAssembly(Path.Combine(AppContext.BaseDirectory, "patcher-lab.dll"));

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(Command.StartInfo(arguments))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60), TimeProvider.System);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
