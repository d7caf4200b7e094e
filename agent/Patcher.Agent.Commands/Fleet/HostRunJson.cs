using System.Text.Json;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>A <see cref="HostRun"/> as the fleet index stores it; read back only when it is whole and valid.</summary>
internal static class HostRunJson
{
    public static string Write(HostRun run) => JsonSerializer.Serialize(run, HostRunJsonContext.Default.HostRun);

    /// <summary>The run stored for <paramref name="file"/>, or null when the text is not one (damaged, forged, another version).</summary>
    public static HostRun? TryRead(string json, string file)
    {
        try
        {
            var run = JsonSerializer.Deserialize(json, HostRunJsonContext.Default.HostRun);
            return run is not null
                && run.File == file
                && !string.IsNullOrWhiteSpace(run.Host)
                && HostReportJson.IsValidRunId(run.RunId)
                && Enum.IsDefined(run.Outcome)
                && run.FinishedAt >= run.StartedAt
                && run.Installations >= 0
                && run.RestartAttempts >= 0
                    ? run
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
