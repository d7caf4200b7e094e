using Patcher.Core.Apply;
using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;
using Patcher.Windows;

namespace Patcher.Agent.Apply;

/// <summary>The host <c>apply</c> and <c>rollback</c> work on, and how long they wait for its services.</summary>
/// <param name="Platform">This Windows machine or a lab host.</param>
/// <param name="Services">Stops and starts services (the resilient restart will replace it).</param>
internal sealed record ApplyHost(HostPlatform Platform, IServiceRestarter Services)
{
    /// <summary>Opens <c>--lab DIR/NAME</c>, else this machine (Windows only); on failure <paramref name="problem"/> says what to do.</summary>
    public static bool TryOpen(string? lab, TimeProvider time, out ApplyHost? host, out string problem)
    {
        host = null;
        problem = "";
        if (lab is not null)
        {
            try
            {
                var platform = LabPlatform.Open(lab, time);
                var settings = LabSettings.Load(LabHostPaths.Parse(lab).LabRoot);
                var options = new ServiceRestartOptions
                {
                    StopTimeout = TimeSpan.FromSeconds(settings.ServiceStopTimeoutSeconds),
                    StartTimeout = TimeSpan.FromSeconds(settings.ServiceStartTimeoutSeconds),
                    PollInterval = LabHostController.PollInterval,
                };
                host = new ApplyHost(platform, new ScmServiceRestarter(platform.Services, time, options));
                return true;
            }
            catch (LabHostException exception)
            {
                problem = exception.Message;
                return false;
            }
        }

        if (!OperatingSystem.IsWindows())
        {
            problem = "this is not Windows, so there is no Exchange 5.5 MTA here to patch; use --lab DIR/NAME to work on a lab host.";
            return false;
        }

        var windows = WindowsPlatform.Create(time);
        host = new ApplyHost(windows, new ScmServiceRestarter(windows.Services, time));
        return true;
    }
}
