namespace Patcher.Core.Verification;

/// <summary>A queued message the fixed engine rejects: the one that hangs an unfixed MTA (KB Q248732).</summary>
/// <param name="Name">Its file name in the queue, e.g. <c>000003.p1</c>.</param>
/// <param name="Rejection">Why the engine rejects it.</param>
public sealed record PoisonMessage(string Name, string Rejection);
