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
/// <param name="Modules">What this process loaded: its image (<c>EMSMTA.EXE</c>) and its engine (<c>X400OM.DLL</c>), each from where.</param>
public sealed record LabMtaProgress(
    int QueueLength,
    long Processed,
    long Relayed,
    long Rejected,
    DateTimeOffset LastProgressUtc,
    DateTimeOffset StartedUtc,
    string EngineFileVersion,
    int Pid,
    string? InFlight,
    IReadOnlyList<LabMtaModule>? Modules = null)
{
    /// <summary>The most a progress file may hold: a few hundred bytes are written; anything larger was not written by the MTA.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The progress in <paramref name="file"/>, or null when it is absent or unreadable (never throws for either).</summary>
    public static LabMtaProgress? TryRead(string file) => TryRead(file, out _);

    /// <summary>
    /// The progress in <paramref name="file"/>, read bounded (a regular file, no link, at most <see cref="MaxBytes"/>), or
    /// null with the reason in <paramref name="problem"/>.
    /// </summary>
    public static LabMtaProgress? TryRead(string file, out string problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        try
        {
            var progress = JsonSerializer.Deserialize<LabMtaProgress>(BoundedFile.Read(file, MaxBytes, refuseLinks: true), Json);
            problem = progress is null ? $"{file} holds null" : "";
            return progress;
        }
        catch (FileNotFoundException)
        {
            problem = $"{file} does not exist: the MTA has not published its status";
            return null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = e is JsonException ? $"{file} is not the lab MTA's status: {e.Message}" : e.Message;
            return null;
        }
    }

    /// <summary>Replaces <paramref name="file"/> with this progress, atomically.</summary>
    internal void Write(string file) => AtomicFile.WriteAllBytes(file, JsonSerializer.SerializeToUtf8Bytes(this, Json));
}
