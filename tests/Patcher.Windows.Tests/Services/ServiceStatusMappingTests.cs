using Patcher.Core.Platform;
using Patcher.Windows.Services;

namespace Patcher.Windows.Tests.Services;

public sealed class ServiceStatusMappingTests
{
    [Fact]
    public void ToServiceStatus_Running_KeepsProcessId()
    {
        var native = new ServiceStatusProcess { ServiceType = 0x10, CurrentState = 4, ProcessId = 4242 };

        var status = ServiceStatusMapping.ToServiceStatus("MSExchangeMTA", native);

        Assert.Equal(new ServiceStatus("MSExchangeMTA", ServiceState.Running, 0, 0, 4242), status);
    }

    [Fact]
    public void ToServiceStatus_StoppedAfterAbnormalExit_Reports1067()
    {
        // KB Q248732: the restarted MTA dies on the poison message; the SCM records ERROR_PROCESS_ABORTED.
        var native = new ServiceStatusProcess { CurrentState = 1, Win32ExitCode = 1067 };

        var status = ServiceStatusMapping.ToServiceStatus("MSExchangeMTA", native);

        Assert.Equal(ServiceState.Stopped, status.State);
        Assert.Equal(ServiceStatus.ProcessAborted, status.Win32ExitCode);
        Assert.Equal(0, status.ProcessId);
    }

    [Fact]
    public void ToServiceStatus_ServiceSpecificError_KeepsBothCodes()
    {
        var native = new ServiceStatusProcess { CurrentState = 1, Win32ExitCode = 1066, ServiceSpecificExitCode = 9405 };

        var status = ServiceStatusMapping.ToServiceStatus("MSExchangeMTA", native);

        Assert.Equal(ServiceStatus.ServiceSpecificError, status.Win32ExitCode);
        Assert.Equal(9405, status.ServiceSpecificExitCode);
    }

    [Fact]
    public void ToServiceStatus_ExitCodeAboveIntMax_KeepsTheBits()
    {
        var native = new ServiceStatusProcess { CurrentState = 1, Win32ExitCode = 0x80070005 };

        var status = ServiceStatusMapping.ToServiceStatus("X", native);

        Assert.Equal(unchecked((int)0x80070005), status.Win32ExitCode);
    }

    [Theory]
    [InlineData(1u, ServiceState.Stopped)]
    [InlineData(2u, ServiceState.StartPending)]
    [InlineData(3u, ServiceState.StopPending)]
    [InlineData(4u, ServiceState.Running)]
    [InlineData(5u, ServiceState.ContinuePending)]
    [InlineData(6u, ServiceState.PausePending)]
    [InlineData(7u, ServiceState.Paused)]
    public void ToServiceStatus_EachWin32State_MapsToTheSameNumber(uint win32State, ServiceState expected) =>
        Assert.Equal(expected, ServiceStatusMapping.ToServiceStatus("X", new ServiceStatusProcess { CurrentState = win32State }).State);

    [Theory]
    [InlineData(0u)]
    [InlineData(8u)]
    [InlineData(uint.MaxValue)]
    public void ToServiceStatus_UnknownState_ThrowsNamingTheService(uint win32State)
    {
        var e = Assert.Throws<InvalidOperationException>(
            () => ServiceStatusMapping.ToServiceStatus("MSExchangeMTA", new ServiceStatusProcess { CurrentState = win32State }));

        Assert.Contains("MSExchangeMTA", e.Message, StringComparison.Ordinal);
    }
}
