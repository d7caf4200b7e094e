using Microsoft.Extensions.Time.Testing;
using Patcher.Agent.Cli;
using Patcher.Agent.Hosts;
using Patcher.LabTool;

namespace Patcher.Agent.Tests.Cli;

/// <summary>What one in-process run of the agent's command line returned and wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The time every test run sees: 2000-01-03 09:00:00 UTC, the Monday after the Y2K weekend.</summary>
    public static readonly DateTimeOffset Now = new(2000, 1, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the production face, <c>patcher</c>: the shared commands on this machine, as the MSI installs it.</summary>
    public static CliRun Of(params string[] args) => Of(new FakeTimeProvider(Now), args);

    /// <summary>Runs the production face on <paramref name="time"/>.</summary>
    public static CliRun Of(TimeProvider time, params string[] args) =>
        Capture((output, error) => PatcherCli.RunAsync(args, output, error, time, new WindowsHostOpener()));

    /// <summary>The production face (the same as <see cref="Of(string[])"/>, named where the face is the point).</summary>
    public static CliRun Production(params string[] args) => Of(args);

    /// <summary>Runs the lab tool's face, <c>patcher-lab</c> (every shared command, with <c>--lab</c>; <c>lab</c>, <c>demo</c>).</summary>
    public static CliRun Lab(params string[] args) =>
        Capture((output, error) => LabToolCli.RunAsync(args, output, error, new FakeTimeProvider(Now)));

    /// <summary>Runs the command line to its end (xunit has no synchronisation context, so waiting here cannot deadlock).</summary>
    private static CliRun Capture(Func<TextWriter, TextWriter, Task<int>> run)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = run(output, error).GetAwaiter().GetResult();
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
