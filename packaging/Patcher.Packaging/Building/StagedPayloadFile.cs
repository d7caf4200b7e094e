using Patcher.Core.Packages;

namespace Patcher.Packaging.Building;

/// <summary>One payload file built in memory, with its manifest entry (version read back from the bytes, hash, size).</summary>
internal sealed record StagedPayloadFile(PayloadFile Entry, byte[] Bytes);
