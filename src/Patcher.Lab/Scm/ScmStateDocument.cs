namespace Patcher.Lab.Scm;

/// <summary>The content of <c>scm/state.json</c>: written atomically by the daemon after every change.</summary>
/// <param name="Host">The host's name.</param>
/// <param name="DaemonProcessId">The daemon that wrote it (0 once it has shut down).</param>
/// <param name="UpdatedAt">When it was written.</param>
/// <param name="Services">Every service's record, by name.</param>
public sealed record ScmStateDocument(string Host, int DaemonProcessId, DateTimeOffset UpdatedAt, IReadOnlyList<LabServiceRecord> Services);
