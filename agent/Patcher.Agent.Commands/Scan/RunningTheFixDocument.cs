namespace Patcher.Agent.Scan;

/// <summary>The <c>running-the-fix</c> check in <c>check --json</c>: <c>held</c>, <c>failed</c> or <c>unknown</c>, with the evidence.</summary>
internal sealed record RunningTheFixDocument(string State, string Evidence);
