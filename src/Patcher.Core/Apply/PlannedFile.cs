using Patcher.Core.Packages;
using Patcher.Core.Versioning;

namespace Patcher.Core.Apply;

/// <summary>One payload file and the file it replaces on the host.</summary>
/// <param name="Payload">The package's file.</param>
/// <param name="HostPath">Where it goes: the install root plus the payload's target, e.g. <c>C:\EXCHSRVR\BIN\X400OM.DLL</c>.</param>
/// <param name="CurrentVersion">The version resource of the file there now; null when missing or without one.</param>
/// <param name="CurrentSha256">The SHA-256 of the file there now, lowercase hex; null when there is none.</param>
public sealed record PlannedFile(PayloadFile Payload, string HostPath, FileVersion? CurrentVersion, string? CurrentSha256)
{
    /// <summary>Whether the file on the host differs from the payload (false: it already is the payload).</summary>
    public bool NeedsSwap => !string.Equals(CurrentSha256, Payload.Sha256, StringComparison.OrdinalIgnoreCase);
}
