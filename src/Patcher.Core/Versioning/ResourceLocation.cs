namespace Patcher.Core.Versioning;

/// <summary>Where a resource's data lies in the file.</summary>
internal readonly record struct ResourceLocation(long FileOffset, uint Size);
