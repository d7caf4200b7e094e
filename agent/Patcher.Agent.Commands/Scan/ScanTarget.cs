using Patcher.Core.Health;
using Patcher.Core.Platform;

namespace Patcher.Agent.Scan;

/// <summary>The host <c>scan</c> and <c>check</c> look at, and the health windows that apply to it.</summary>
/// <param name="Platform">The local Windows machine or a lab host.</param>
/// <param name="Health">The hung window: <c>--hung-after</c>, else the lab's <c>lab.json</c>, else 15 minutes.</param>
internal sealed record ScanTarget(HostPlatform Platform, MtaHealthOptions Health);
