namespace Patcher.Agent.Apply;

/// <summary>An interrupted operation this run finished or undid before doing what it was asked.</summary>
internal sealed record RecoveryDocument(string InstallRoot, string Outcome, string? OperationId, string Message);
