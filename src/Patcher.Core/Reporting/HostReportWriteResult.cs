namespace Patcher.Core.Reporting;

/// <summary>Where a host report went, and what could not be written. Nothing here is thrown: the run decides.</summary>
/// <param name="FileName">The report's file name, <c>&lt;host&gt;-&lt;runId&gt;.json</c>.</param>
/// <param name="LocalPath">The local report; null when it could not be written.</param>
/// <param name="LocalError">Why the local report could not be written; null when it was.</param>
/// <param name="SharePath">The copy on the share; null when no share is configured or it could not be written.</param>
/// <param name="ShareError">Why the share copy could not be written; null when it was or no share is configured.</param>
/// <param name="EventLogError">Why an event-log entry could not be written; null when all were.</param>
public sealed record HostReportWriteResult(
    string FileName,
    string? LocalPath,
    string? LocalError,
    string? SharePath,
    string? ShareError,
    string? EventLogError)
{
    /// <summary>Whether everything configured was written.</summary>
    public bool Complete => LocalError is null && ShareError is null && EventLogError is null;
}
