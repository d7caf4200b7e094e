namespace Patcher.Core.Versioning;

/// <summary>
/// The header every VS_VERSIONINFO node shares: wLength, wValueLength, wType, szKey, then padding
/// to a 32-bit boundary before the value. Offsets are file offsets.
/// </summary>
internal readonly record struct VersionBlock(long Start, long End, ushort ValueLength, ushort Type, string Key, long ValueStart);
