using Patcher.Core.Health;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;
using Patcher.Windows;

namespace Patcher.Agent.Scan;

/// <summary>Chooses the host an agent command works on: <c>--lab DIR/NAME</c>, else this machine (Windows only).</summary>
internal static class ScanTargetSelector
{
    /// <summary>Opens the target; on failure <paramref name="problem"/> says what the operator should do.</summary>
    public static bool TryOpen(string? lab, TimeSpan? hungAfter, TimeProvider time, out ScanTarget? target, out string problem)
    {
        target = null;
        problem = "";
        if (lab is not null)
        {
            try
            {
                var platform = LabPlatform.Open(lab, time);
                var window = hungAfter ?? TimeSpan.FromSeconds(LabSettings.Load(LabHostPaths.Parse(lab).LabRoot).HungDetectionWindowSeconds);
                target = new ScanTarget(platform, new MtaHealthOptions { HungAfter = window });
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
            problem = "this is not Windows, so there is no Exchange 5.5 MTA here to look at; use --lab DIR/NAME to work on a lab host.";
            return false;
        }

        target = new ScanTarget(WindowsPlatform.Create(time), new MtaHealthOptions { HungAfter = hungAfter ?? MtaHealthOptions.DefaultHungAfter });
        return true;
    }
}
