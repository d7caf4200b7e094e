namespace Patcher.Core.Versioning;

/// <summary>
/// One String block of a StringTable and where its value sits in the file, so that it can be
/// rewritten in place: <see cref="CapacityChars"/> UTF-16 units from <see cref="ValueOffset"/> to the block's end.
/// </summary>
/// <param name="Table">The StringTable's key, e.g. <c>040904B0</c>.</param>
/// <param name="Key">The string's key, e.g. <c>FileVersion</c>.</param>
/// <param name="Value">The string's value, up to its first NUL.</param>
/// <param name="ValueLengthOffset">File offset of the String block's wValueLength.</param>
/// <param name="ValueOffset">File offset of the value's first UTF-16 unit.</param>
/// <param name="CapacityChars">UTF-16 units from the value to the block's end.</param>
public readonly record struct VersionStringSlot(
    string Table,
    string Key,
    string Value,
    long ValueLengthOffset,
    long ValueOffset,
    int CapacityChars);
