namespace Patcher.Agent.Apply;

/// <summary>The verified package.</summary>
internal sealed record PackageDocument(string Path, string Id, string Version, string Kb, string Sha256, string Signer);
