namespace Patcher.Core.Versioning;

/// <summary>
/// One String block of a StringTable and where its value sits in the file, so that it can be
/// rewritten in place: <see cref="CapacityChars"/> UTF-16 units from <see cref="ValueOffset"/> to the block's end.
/// </summary>
internal readonly record struct VersionStringSlot(
    string Table,
    string Key,
    string Value,
    long ValueLengthOffset,
    long ValueOffset,
    int CapacityChars);
