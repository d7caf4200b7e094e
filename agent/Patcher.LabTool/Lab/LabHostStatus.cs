using Patcher.Lab.Scm;

namespace Patcher.LabTool.Lab;

/// <summary>One host's status.</summary>
/// <param name="Name">The host's name.</param>
/// <param name="Mta">Whether it has an MTA.</param>
/// <param name="Version">Its MTA file version as built.</param>
/// <param name="EngineVersion">Its engine's file version as built.</param>
/// <param name="DaemonRunning">Whether its SCM daemon answers.</param>
/// <param name="DaemonProcessId">The daemon's pid (0 when not running).</param>
/// <param name="Services">Its services as recorded in <c>scm/state.json</c> (never-started ones as stopped).</param>
internal sealed record LabHostStatus(
    string Name,
    bool Mta,
    string Version,
    string? EngineVersion,
    bool DaemonRunning,
    int DaemonProcessId,
    IReadOnlyList<LabServiceRecord> Services);
