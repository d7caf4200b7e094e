using System.Runtime.Versioning;
using System.Security;
using Patcher.Core.Platform;
using Diagnostics = System.Diagnostics;

namespace Patcher.Windows.EventLog;

/// <summary>
/// The System and Application logs through <c>System.Diagnostics.EventLog</c>. The agent writes its own entries under
/// the source <see cref="AgentSource"/>.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsEventLog : IEventLog
{
    /// <summary>The agent's event source (the MSI should register it; the agent registers it when elevated and missing).</summary>
    public const string AgentSource = "Patcher";

    /// <summary>Works on the local machine's logs.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public WindowsEventLog()
    {
        WindowsOnly.Ensure(nameof(WindowsEventLog));
    }

    /// <inheritdoc />
    public IReadOnlyList<EventLogEntry> Read(string logName, DateTimeOffset since)
    {
        ArgumentException.ThrowIfNullOrEmpty(logName);
        using var log = new Diagnostics.EventLog(logName);
        var entries = log.Entries;
        var cutOff = NewestFirstScan.WholeSecond(since);
        return NewestFirstScan.TakeSince(
            entries.Count,
            i => ToEntry(logName, entries[i]),
            entry => entry.TimeGenerated,
            cutOff);
    }

    /// <inheritdoc />
    public void Write(EventLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!string.Equals(entry.Source, AgentSource, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The agent writes events under the source {AgentSource} only, not '{entry.Source}'.", nameof(entry));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(entry.EventId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(entry.EventId, ushort.MaxValue);
        EnsureSource(entry.LogName);
        Diagnostics.EventLog.WriteEntry(AgentSource, EventRecordMapping.FitMessage(entry.Message), ToEntryType(entry.Level), entry.EventId);
    }

    private static void EnsureSource(string logName)
    {
        try
        {
            if (Diagnostics.EventLog.SourceExists(AgentSource))
            {
                return;
            }

            Diagnostics.EventLog.CreateEventSource(new Diagnostics.EventSourceCreationData(AgentSource, logName));
        }
        catch (Exception e) when (e is SecurityException or UnauthorizedAccessException)
        {
            // SourceExists searches every log, Security included, and registering a source writes HKLM: both need elevation.
            throw new UnauthorizedAccessException(
                $"The event source {AgentSource} is not registered, and registering it needs administrator rights. " +
                "Run the agent elevated once (or install it with the Patcher MSI), then it can write events unelevated.", e);
        }
    }

    private static EventLogEntry ToEntry(string logName, Diagnostics.EventLogEntry entry) => new(
        logName,
        entry.Source,
        EventRecordMapping.EventIdFromInstanceId(entry.InstanceId),
        EventRecordMapping.LevelFromEntryType((int)entry.EntryType),
        // TimeGenerated is local time; as UTC it compares with any offset.
        new DateTimeOffset(entry.TimeGenerated.ToUniversalTime(), TimeSpan.Zero),
        entry.Message);

    private static Diagnostics.EventLogEntryType ToEntryType(EventLevel level) => level switch
    {
        EventLevel.Error => Diagnostics.EventLogEntryType.Error,
        EventLevel.Warning => Diagnostics.EventLogEntryType.Warning,
        _ => Diagnostics.EventLogEntryType.Information,
    };
}
