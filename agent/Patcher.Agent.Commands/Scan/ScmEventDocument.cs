namespace Patcher.Agent.Scan;

/// <summary>A recent SCM failure event (7031/7034/7023/7024) about the MTA's service.</summary>
internal sealed record ScmEventDocument(int EventId, string Source, string Level, DateTimeOffset TimeGenerated, string Message);
