namespace Patcher.LabTool.Downtime;

/// <summary>A repetition that cannot be measured (an apply or rollback that did not end well, a window missing from the log): said in one line.</summary>
internal sealed class DowntimeException(string message) : IOException(message);
