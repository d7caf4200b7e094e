using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Patcher.Windows.Queue;
using Patcher.Windows.Services;

namespace Patcher.Windows.Tests;

/// <summary>The structs must match winsvc.h and pdh.h byte for byte, or the OS writes past them.</summary>
public sealed class NativeLayoutTests
{
    [Fact]
    public void ServiceStatusProcess_IsNineDwords() => Assert.Equal(36, Marshal.SizeOf<ServiceStatusProcess>());

    [Theory]
    [InlineData(nameof(ServiceStatusProcess.ServiceType), 0)]
    [InlineData(nameof(ServiceStatusProcess.CurrentState), 4)]
    [InlineData(nameof(ServiceStatusProcess.ControlsAccepted), 8)]
    [InlineData(nameof(ServiceStatusProcess.Win32ExitCode), 12)]
    [InlineData(nameof(ServiceStatusProcess.ServiceSpecificExitCode), 16)]
    [InlineData(nameof(ServiceStatusProcess.CheckPoint), 20)]
    [InlineData(nameof(ServiceStatusProcess.WaitHint), 24)]
    [InlineData(nameof(ServiceStatusProcess.ProcessId), 28)]
    [InlineData(nameof(ServiceStatusProcess.ServiceFlags), 32)]
    public void ServiceStatusProcess_FieldOffsets_MatchWinsvc(string field, int offset) =>
        Assert.Equal(offset, (int)Marshal.OffsetOf<ServiceStatusProcess>(field));

    [Fact]
    public void ServiceStatusProcess_ManagedSize_MatchesMarshalledSize() =>
        // QueryServiceStatusEx is passed sizeof(ServiceStatusProcess) as the buffer size.
        Assert.Equal(Marshal.SizeOf<ServiceStatusProcess>(), Unsafe.SizeOf<ServiceStatusProcess>());

    [Fact]
    public void ServiceStatus_IsSevenDwords() => Assert.Equal(28, Marshal.SizeOf<ServiceStatusNative>());

    [Theory]
    [InlineData(nameof(ServiceStatusNative.CurrentState), 4)]
    [InlineData(nameof(ServiceStatusNative.Win32ExitCode), 12)]
    [InlineData(nameof(ServiceStatusNative.WaitHint), 24)]
    public void ServiceStatus_FieldOffsets_MatchWinsvc(string field, int offset) =>
        Assert.Equal(offset, (int)Marshal.OffsetOf<ServiceStatusNative>(field));

    [Fact]
    public void PdhFormattedCounterValue_IsSixteenBytes() => Assert.Equal(16, Marshal.SizeOf<PdhFormattedCounterValue>());

    [Theory]
    [InlineData(nameof(PdhFormattedCounterValue.CStatus), 0)]
    [InlineData(nameof(PdhFormattedCounterValue.LargeValue), 8)]
    [InlineData(nameof(PdhFormattedCounterValue.DoubleValue), 8)]
    public void PdhFormattedCounterValue_FieldOffsets_MatchPdh(string field, int offset) =>
        Assert.Equal(offset, (int)Marshal.OffsetOf<PdhFormattedCounterValue>(field));
}
