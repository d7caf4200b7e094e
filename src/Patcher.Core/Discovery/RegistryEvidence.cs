using Patcher.Core.Platform;

namespace Patcher.Core.Discovery;

/// <summary>A registry value discovery looked at, and what it held.</summary>
/// <param name="KeyPath">The key, e.g. <c>HKLM\SOFTWARE\Microsoft\Exchange\Setup</c>.</param>
/// <param name="ValueName">The value, e.g. <c>NewestBuild</c>.</param>
/// <param name="Value">The data, or null when the key or value does not exist.</param>
public sealed record RegistryEvidence(string KeyPath, string ValueName, RegistryValue? Value);
