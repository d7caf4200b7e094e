using System.ComponentModel;
using Patcher.Core.Platform;
using Patcher.Windows.Services;

namespace Patcher.Windows.Tests.Services;

public sealed class ServiceControlErrorsTests
{
    [Fact]
    public void ToException_1060_IsServiceNotFoundWithWin32Inner()
    {
        var e = ServiceControlErrors.ToException("MSExchangeMTA", "start", 1060);

        var notFound = Assert.IsType<ServiceNotFoundException>(e);
        Assert.Equal("MSExchangeMTA", notFound.ServiceName);
        Assert.Equal(1060, notFound.Win32Error);
        Assert.Equal(1060, Assert.IsType<Win32Exception>(notFound.InnerException).NativeErrorCode);
    }

    [Theory]
    [InlineData(5, "elevated")]
    [InlineData(123, "service name")]
    [InlineData(1051, "Stop its dependents first")]
    [InlineData(1053, "Query its status")]
    [InlineData(1056, "already running")]
    [InlineData(1058, "start type")]
    [InlineData(1061, "try again")]
    [InlineData(1062, "not running")]
    [InlineData(1068, "Start its dependencies first")]
    [InlineData(1069, "account")]
    [InlineData(1072, "marked for deletion")]
    [InlineData(1115, "shutting down")]
    [InlineData(31, "System event log")]
    public void ToException_OtherErrors_AreServiceControlExceptionsThatSayWhatToDo(int win32Error, string advice)
    {
        var e = ServiceControlErrors.ToException("MSExchangeMTA", "stop", win32Error);

        Assert.IsType<ServiceControlException>(e);
        Assert.Equal("MSExchangeMTA", e.ServiceName);
        Assert.Equal(win32Error, e.Win32Error);
        Assert.Equal(win32Error, Assert.IsType<Win32Exception>(e.InnerException).NativeErrorCode);
        Assert.StartsWith($"Could not stop the service MSExchangeMTA (Win32 error {win32Error}): ", e.Message, StringComparison.Ordinal);
        Assert.Contains(advice, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToException_UnknownError_EndsWithOneFullStopBeforeTheAdvice()
    {
        var e = ServiceControlErrors.ToException("X", "query", 31);

        Assert.DoesNotContain("..", e.Message, StringComparison.Ordinal);
    }
}
