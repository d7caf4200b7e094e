namespace Patcher.Agent.Run;

/// <summary>A fix file the running MTA loaded, in <c>verify --json</c>: from where, its own version, its SHA-256.</summary>
internal sealed record LoadedModuleDocument(string Name, string Path, string? Version, string? Sha256, string? Problem);
