using Microsoft.Win32.SafeHandles;

namespace Patcher.Windows.Queue;

/// <summary>A <c>PDH_HQUERY</c>, closed with <c>PdhCloseQuery</c> (which also frees its counters).</summary>
internal sealed class SafePdhQueryHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Created by the interop marshaller.</summary>
    public SafePdhQueryHandle()
        : base(ownsHandle: true)
    {
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle() => OperatingSystem.IsWindows() && Pdh.PdhCloseQuery(handle) == Pdh.Success;
}
