using System.Text.Json;
using Patcher.Lab.Files;
using Patcher.Core.Files;

namespace Patcher.Lab.Mta;

/// <summary>
/// What the lab MTA publishes in <c>mtadata/progress.json</c> at start and after every message (written atomically),
/// for the agent's hung detection. JSON names are camelCase, times UTC ISO 8601.
/// </summary>
/// <param name="QueueLength">Messages in the queue when written (the one in flight included).</param>
/// <param name="Processed">Messages taken off the queue since this MTA process started.</param>
/// <param name="Relayed">Of those, relayed.</param>
/// <param name="Rejected">Of those, rejected (with an NDR, or unanswerable).</param>
/// <param name="LastProgressUtc">When the MTA last took a message off the queue, or started.</param>
/// <param name="StartedUtc">When this MTA process started.</param>
/// <param name="EngineFileVersion">The file version of the engine it loaded (<c>BIN\X400OM.DLL</c>), or <c>unknown</c>.</param>
/// <param name="Pid">The MTA's process id.</param>
/// <param name="InFlight">The message being processed, or null.</param>
public sealed record LabMtaProgress(
    int QueueLength,
    long Processed,
    long Relayed,
    long Rejected,
    DateTimeOffset LastProgressUtc,
    DateTimeOffset StartedUtc,
    string EngineFileVersion,
    int Pid,
    string? InFlight)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The progress in <paramref name="file"/>, or null when it is absent or unreadable (never throws for either).</summary>
    public static LabMtaProgress? TryRead(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<LabMtaProgress>(File.ReadAllBytes(file), Json) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Replaces <paramref name="file"/> with this progress, atomically.</summary>
    internal void Write(string file) => AtomicFile.WriteAllBytes(file, JsonSerializer.SerializeToUtf8Bytes(this, Json));
}
