using System.Text.Json;
using Patcher.Agent.Cli;
using Patcher.Agent.Hosts;
using Patcher.Core.Assessment;
using Patcher.Core.Platform;

namespace Patcher.Agent.Scan;

/// <summary>What <c>scan</c> and <c>check</c> share: open the target, survey it, print, and choose the exit code.</summary>
internal static class ScanRunner
{
    /// <summary>Runs <paramref name="command"/>; with a <paramref name="baseline"/> it is <c>check</c> and judges each installation.</summary>
    public static async Task<int> RunAsync(CliContext context, string command, string? host, TimeSpan? hungAfter, bool json, FixBaseline? baseline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Hosts.TryOpen(host, context.Time, out var opened, out var problem))
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} {command}: {problem}");
            return CheckExitCodes.Error;
        }

        var target = new ScanTarget(opened.Platform, opened.Health(hungAfter));

        IReadOnlyList<SurveyedInstallation> surveyed;
        try
        {
            surveyed = await HostSurvey.RunAsync(target, baseline, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ServiceControlException or HostPlatformException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} {command}: cannot read {target.Platform.MachineName}: {exception.Message}");
            return CheckExitCodes.Error;
        }

        int? exitCode = baseline is null
            ? null
            : CheckExitCodes.Worst(surveyed.Select(s => CheckExitCodes.For(s.Assessment?.Verdict, s.Health.Verdict)));
        if (json)
        {
            var document = ScanDocumentBuilder.Build(command, target, surveyed, baseline, exitCode);
            context.Out.WriteLine(JsonSerializer.Serialize(document, ScanJsonContext.Default.ScanDocument));
        }
        else
        {
            ScanTableWriter.Write(context.Out, target, surveyed, exitCode);
        }

        return exitCode ?? CheckExitCodes.Success;
    }
}
