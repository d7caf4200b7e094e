using System.Globalization;
using System.Text.Json;
using Patcher.Lab.Files;
using Patcher.Lab.Hosts;
using Patcher.Core.Files;

namespace Patcher.Lab.Mta;

/// <summary>
/// host.json <c>mtaStartFailures</c> F: the MTA's first F starts fail, as an MTA that runs MTACHECK after an unclean
/// stop can fail to come up (for the agent's restart retries). Attempts are counted in the MTA database and survive restarts.
/// </summary>
internal static class StartFailureGate
{
    private const string Setting = "mtaStartFailures";

    /// <summary>Counts this start; true when it is one of the first F and must fail.</summary>
    public static bool ShouldFail(LabHostPaths host, LabMtaDatabase database, out int attempt, out int failures)
    {
        failures = ReadFailures(host.HostFile);
        attempt = 1 + (File.Exists(database.StartAttemptsFile)
            && int.TryParse(File.ReadAllText(database.StartAttemptsFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var previous)
                ? previous
                : 0);
        AtomicFile.WriteAllText(database.StartAttemptsFile, attempt.ToString(CultureInfo.InvariantCulture));
        return attempt <= failures;
    }

    private static int ReadFailures(string hostFile)
    {
        if (!File.Exists(hostFile))
        {
            return 0;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(hostFile));
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.Equals(Setting, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var failures))
                {
                    return Math.Max(0, failures);
                }
            }

            return 0;
        }
        catch (JsonException e)
        {
            throw new LabMtaStartException(LabMtaExitCodes.NotInstalled, $"The lab host description {hostFile} is not valid JSON: {e.Message}", e);
        }
    }
}
