using Patcher.Core.Versioning;

namespace Patcher.Core.Reporting;

/// <summary>One file replaced by the swap (or put back by a rollback): what it was, what it became, where the original is.</summary>
/// <param name="Target">The file on the host, e.g. <c>C:\EXCHSRVR\BIN\X400OM.DLL</c>.</param>
/// <param name="OldVersion">Its version before; null when it was missing or unreadable.</param>
/// <param name="OldSha256">Its SHA-256 before, lowercase hex; null when it was missing.</param>
/// <param name="NewVersion">Its version after.</param>
/// <param name="NewSha256">Its SHA-256 after, lowercase hex.</param>
/// <param name="BackupPath">Where the original was backed up; null when there was nothing to back up.</param>
public sealed record FileChange(string Target, FileVersion? OldVersion, string? OldSha256, FileVersion? NewVersion, string NewSha256, string? BackupPath);
