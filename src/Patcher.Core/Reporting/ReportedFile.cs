using Patcher.Core.Versioning;

namespace Patcher.Core.Reporting;

/// <summary>One MTA file: its version from its own version resource (KB Q278518: never the registry's) and its hash.</summary>
/// <param name="Name">The file's name, e.g. <c>X400OM.DLL</c>.</param>
/// <param name="Path">Where it is on the host, e.g. <c>C:\EXCHSRVR\BIN\X400OM.DLL</c>.</param>
/// <param name="Version">Its file version; null when missing or unreadable.</param>
/// <param name="Sha256">Its SHA-256, lowercase hex; null when missing or unreadable.</param>
public sealed record ReportedFile(string Name, string Path, FileVersion? Version, string? Sha256);
