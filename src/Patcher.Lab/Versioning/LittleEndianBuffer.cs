using System.Buffers.Binary;
using System.Text;

namespace Patcher.Lab.Versioning;

/// <summary>A growable little-endian byte buffer with back-patching, for building PE structures.</summary>
internal sealed class LittleEndianBuffer
{
    private byte[] _bytes = new byte[1024];

    public int Length { get; private set; }

    public void UInt8(byte value) => Reserve(1)[0] = value;

    public void UInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value);

    public void UInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);

    public void UInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Reserve(8), value);

    public void Bytes(ReadOnlySpan<byte> value) => value.CopyTo(Reserve(value.Length));

    /// <summary>Writes UTF-16LE text followed by a NUL.</summary>
    public void Utf16Z(string value)
    {
        Encoding.Unicode.GetBytes(value, Reserve(value.Length * 2));
        UInt16(0);
    }

    /// <summary>Writes zeros until <see cref="Length"/> is a multiple of <paramref name="alignment"/>.</summary>
    public void Align(int alignment) => Zeros(AlignUp(Length, alignment) - Length);

    public void Zeros(int count) => Reserve(count).Clear();

    public void PatchUInt16(int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan(offset, 2), value);

    public void PatchUInt32(int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(_bytes.AsSpan(offset, 4), value);

    public byte[] ToArray() => _bytes.AsSpan(0, Length).ToArray();

    public static int AlignUp(int value, int alignment) => (value + alignment - 1) / alignment * alignment;

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        var span = _bytes.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
