using Microsoft.Win32.SafeHandles;

namespace Patcher.Windows.Services;

/// <summary>An <c>SC_HANDLE</c> (service control manager or service), closed with <c>CloseServiceHandle</c>.</summary>
internal sealed class SafeServiceHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Created by the interop marshaller.</summary>
    public SafeServiceHandle()
        : base(ownsHandle: true)
    {
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle() => OperatingSystem.IsWindows() && Advapi32.CloseServiceHandle(handle);
}
