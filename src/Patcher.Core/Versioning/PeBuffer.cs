using System.Buffers.Binary;

namespace Patcher.Core.Versioning;

/// <summary>
/// Bounds-checked little-endian reads over a whole PE file. Offsets are <see cref="long"/> so
/// that sums of untrusted 32-bit fields cannot overflow; every failure is a <see cref="PeFormatException"/>.
/// </summary>
internal readonly ref struct PeBuffer
{
    public PeBuffer(ReadOnlySpan<byte> bytes, string sourceName)
    {
        Bytes = bytes;
        SourceName = sourceName;
    }

    public ReadOnlySpan<byte> Bytes { get; }

    public string SourceName { get; }

    public long Length => Bytes.Length;

    public bool Contains(long offset, long length) =>
        offset >= 0 && length >= 0 && offset <= Length && length <= Length - offset;

    public ushort UInt16(long offset, string code, string what) =>
        BinaryPrimitives.ReadUInt16LittleEndian(Slice(offset, 2, code, what));

    public uint UInt32(long offset, string code, string what) =>
        BinaryPrimitives.ReadUInt32LittleEndian(Slice(offset, 4, code, what));

    public ReadOnlySpan<byte> Slice(long offset, long length, string code, string what) =>
        Contains(offset, length)
            ? Bytes.Slice((int)offset, (int)length)
            : throw Fail(code, offset, $"{what} needs {length} bytes here, but the file has {Length} bytes.");

    public PeFormatException Fail(string code, long offset, string detail) => new(code, SourceName, offset, detail);
}
