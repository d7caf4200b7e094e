using System.Globalization;
using System.Text.Json;
using Patcher.Core.Platform;
using Patcher.Lab.Files;
using Patcher.Core.Files;

namespace Patcher.Lab.EventLog;

/// <summary>
/// A lab host's event log: one folder per log and one file per entry, written atomically, so the lab SCM, the lab MTA
/// and the agent (separate processes) can all write without locks and never tear an entry.
/// </summary>
public sealed class LabEventLog : IEventLog
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly string _folder;

    /// <summary>The event log stored under <paramref name="folder"/>.</summary>
    public LabEventLog(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = folder;
    }

    /// <inheritdoc />
    public IReadOnlyList<EventLogEntry> Read(string logName, DateTimeOffset since)
    {
        var folder = LogFolder(logName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var entries = new List<EventLogEntry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            var entry = JsonSerializer.Deserialize<EventLogEntry>(File.ReadAllBytes(file), Json)
                ?? throw new InvalidDataException($"The event log entry {file} is empty.");
            if (entry.TimeGenerated >= since)
            {
                entries.Add(entry);
            }
        }

        // File names start with the time in ticks, but clocks of separate processes only agree to the tick: sort by time.
        return entries.OrderBy(entry => entry.TimeGenerated).ToArray();
    }

    /// <inheritdoc />
    public void Write(EventLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{entry.TimeGenerated.UtcTicks:D20}-{entry.EventId}-{Guid.NewGuid():N}.json");
        AtomicFile.WriteAllBytes(Path.Combine(LogFolder(entry.LogName), name), JsonSerializer.SerializeToUtf8Bytes(entry, Json));
    }

    private string LogFolder(string logName)
    {
        if (logName is not (EventLogEntry.SystemLog or EventLogEntry.ApplicationLog))
        {
            throw new ArgumentException($"The lab event log has the System and Application logs, not '{logName}'.", nameof(logName));
        }

        return Path.Combine(_folder, logName);
    }
}
