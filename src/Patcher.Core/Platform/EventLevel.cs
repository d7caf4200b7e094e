namespace Patcher.Core.Platform;

/// <summary>An event's type, as the Windows event log records it.</summary>
public enum EventLevel
{
    /// <summary>EVENTLOG_ERROR_TYPE.</summary>
    Error = 1,

    /// <summary>EVENTLOG_WARNING_TYPE.</summary>
    Warning = 2,

    /// <summary>EVENTLOG_INFORMATION_TYPE.</summary>
    Information = 4,
}
