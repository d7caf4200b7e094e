
namespace Patcher.LabTool.Lab;

/// <summary><c>patcher-lab lab status --json</c>: one entry per host (field names are stable; see Lab/README.md).</summary>
/// <param name="Lab">The lab folder.</param>
/// <param name="Hosts">The hosts, by name.</param>
internal sealed record LabStatusDocument(string Lab, IReadOnlyList<LabHostStatus> Hosts);
