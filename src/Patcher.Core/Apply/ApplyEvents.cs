using System.ComponentModel;
using System.Security;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Apply;

/// <summary>
/// The events apply, rollback and recovery write themselves, at the moment the host is left in a state the operator must
/// hear of even if no report is ever written (ids in <see cref="HostReportEvents"/>, Reporting/README.md).
/// </summary>
internal static class ApplyEvents
{
    /// <summary>Writes one event; an event log that cannot be written never hides the outcome it would have told.</summary>
    public static void Write(HostPlatform host, int eventId, EventLevel level, string message)
    {
        try
        {
            host.EventLog.Write(new EventLogEntry(EventLogEntry.ApplicationLog, HostReportEvents.Source, eventId, level, host.Time.GetUtcNow(), message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Win32Exception or SecurityException
            or ArgumentException or PlatformNotSupportedException)
        {
            // The operator still reads the same line on the console, in --json and in the host report.
        }
    }
}
