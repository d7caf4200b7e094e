using Patcher.Core.Versioning;

namespace Patcher.Core.Discovery;

/// <summary>One MTA file and what its own version resource says (KB Q278518: never what the registry claims).</summary>
/// <param name="Name">The file's name, e.g. <c>EMSMTA.EXE</c> (<see cref="MtaFiles"/>).</param>
/// <param name="HostPath">Where it is on the host, e.g. <c>C:\EXCHSRVR\BIN\EMSMTA.EXE</c>.</param>
/// <param name="Status">Whether the version could be read.</param>
/// <param name="Version">The file version from VS_FIXEDFILEINFO, when read.</param>
/// <param name="ProductName">The ProductName version string, when read and present.</param>
/// <param name="ErrorCode">For <see cref="FileEvidenceStatus.Malformed"/>, the <see cref="PeErrorCodes"/> code.</param>
/// <param name="Error">Why the version could not be read, for a human.</param>
public sealed record MtaFileEvidence(
    string Name,
    string HostPath,
    FileEvidenceStatus Status,
    FileVersion? Version,
    string? ProductName = null,
    string? ErrorCode = null,
    string? Error = null);
