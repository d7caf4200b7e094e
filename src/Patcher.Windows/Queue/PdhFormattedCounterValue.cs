using System.Runtime.InteropServices;

namespace Patcher.Windows.Queue;

/// <summary>
/// <c>PDH_FMT_COUNTERVALUE</c> (pdh.h): a DWORD status, then a union of LONG / double / LONGLONG / string pointer,
/// aligned to 8, so 16 bytes on x64 (and on x86).
/// </summary>
[StructLayout(LayoutKind.Explicit)]
internal struct PdhFormattedCounterValue
{
    [FieldOffset(0)]
    public uint CStatus;

    [FieldOffset(8)]
    public long LargeValue;

    [FieldOffset(8)]
    public double DoubleValue;
}
