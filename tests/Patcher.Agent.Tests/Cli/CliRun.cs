using Microsoft.Extensions.Time.Testing;
using Patcher.Agent.Cli;

namespace Patcher.Agent.Tests.Cli;

/// <summary>What one in-process <c>patcher</c> run returned and wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The time every test run sees: 2000-01-03 09:00:00 UTC, the Monday after the Y2K weekend.</summary>
    public static readonly DateTimeOffset Now = new(2000, 1, 3, 9, 0, 0, TimeSpan.Zero);

    public static CliRun Of(params string[] args) => Of(new FakeTimeProvider(Now), args);

    public static CliRun Of(TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = PatcherCli.Run(args, output, error, time);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
