namespace Patcher.Core.Platform;

/// <summary>One event-log record.</summary>
/// <param name="LogName">System or Application.</param>
/// <param name="Source">The source, e.g. <c>Service Control Manager</c> or <c>MSExchangeMTA</c>.</param>
/// <param name="EventId">The event id, e.g. 7034 or 9298.</param>
/// <param name="Level">Error, warning or information.</param>
/// <param name="TimeGenerated">When it was written.</param>
/// <param name="Message">The text.</param>
public sealed record EventLogEntry(string LogName, string Source, int EventId, EventLevel Level, DateTimeOffset TimeGenerated, string Message)
{
    /// <summary>The log the service control manager writes to.</summary>
    public const string SystemLog = "System";

    /// <summary>The log applications (the MTA, the agent) write to.</summary>
    public const string ApplicationLog = "Application";
}
