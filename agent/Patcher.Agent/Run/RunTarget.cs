using System.Globalization;
using Patcher.Agent.Config;
using Patcher.Core.Configuration;
using Patcher.Core.Health;
using Patcher.Core.Pipeline;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.Services;
using Patcher.Core.Verification;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;
using Patcher.Windows;

namespace Patcher.Agent.Run;

/// <summary>
/// The host <c>run</c>, <c>verify</c> and <c>demo</c> work on and the windows that apply to it: the configuration
/// (file and policy) on Windows; on a lab host, its configuration with the lab's short windows from <c>lab.json</c>.
/// </summary>
/// <param name="Platform">This Windows machine or a lab host.</param>
/// <param name="Options">The run's windows, timeouts and retries.</param>
/// <param name="ReportShare">The report share policy names; null for none.</param>
/// <param name="Windows">How the windows were chosen, for the progress display.</param>
internal sealed record RunTarget(HostPlatform Platform, HostRunOptions Options, string? ReportShare, string Windows)
{
    /// <summary>The signers trusted by configuration or policy (the command line may add more).</summary>
    public IReadOnlyList<string> TrustedSigners { get; init; } = [];

    /// <summary>Where the agent's settings say packages are (a folder or share), if anywhere.</summary>
    public string? PackageSource { get; init; }

    /// <summary>How often a lab verification looks at the MTA.</summary>
    private static readonly TimeSpan LabVerifyPoll = TimeSpan.FromMilliseconds(200);

    /// <summary>Opens <c>--lab DIR/NAME</c>, else this machine (Windows only); on failure <paramref name="problem"/> says what to do.</summary>
    public static bool TryOpen(string? lab, RunMode mode, TimeProvider time, out RunTarget? target, out string problem)
    {
        target = null;
        problem = "";
        if (!AgentSettingsSource.TryOpen(lab, out var source, out problem))
        {
            return false;
        }

        var layered = source!.Load();
        if (lab is null && !layered.IsValid)
        {
            problem = $"the agent's settings are invalid: {string.Join("; ", layered.Problems)}";
            return false;
        }

        var settings = layered.Settings;
        if (lab is not null)
        {
            try
            {
                var labSettings = LabSettings.Load(LabHostPaths.Parse(lab).LabRoot);
                var stability = TimeSpan.FromSeconds(labSettings.StabilityWindowSeconds);
                var options = new HostRunOptions
                {
                    Mode = mode,
                    AgentVersion = AgentVersion,
                    Health = new MtaHealthOptions { HungAfter = TimeSpan.FromSeconds(labSettings.HungDetectionWindowSeconds) },
                    Verification = new RecoveryVerifierOptions { StabilityWindow = stability, PollInterval = LabVerifyPoll, EvidenceGrace = TimeSpan.FromSeconds(10) },
                    Restart = settings.Restart with
                    {
                        StartAttemptTimeout = TimeSpan.FromSeconds(labSettings.ServiceStartTimeoutSeconds),
                        StopTimeout = TimeSpan.FromSeconds(labSettings.ServiceStopTimeoutSeconds),
                        RetryBaseDelay = TimeSpan.FromMilliseconds(500),
                        RetryMaxDelay = TimeSpan.FromSeconds(2),
                        KillTimeout = TimeSpan.FromSeconds(10),
                        StopEscalation = StopEscalation.Kill,
                        PollInterval = LabHostController.PollInterval,
                    },
                };
                target = new RunTarget(LabPlatform.Open(lab, time), options, settings.ReportShare, string.Create(CultureInfo.InvariantCulture,
                    $"lab windows from lab.json: stability {labSettings.StabilityWindowSeconds} s, hung after {labSettings.HungDetectionWindowSeconds} s, start timeout {labSettings.ServiceStartTimeoutSeconds} s, retries from 0.5 s"))
                {
                    TrustedSigners = settings.TrustedSigners,
                    PackageSource = settings.PackageSource,
                };
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
            problem = "this is not Windows, so there is no Exchange 5.5 MTA here; use --lab DIR/NAME to work on a lab host.";
            return false;
        }

        var production = new HostRunOptions
        {
            Mode = mode,
            AgentVersion = AgentVersion,
            Health = new MtaHealthOptions { HungAfter = settings.HungAfter },
            Verification = new RecoveryVerifierOptions { StabilityWindow = settings.StabilityWindow },
            Restart = settings.Restart,
        };
        target = new RunTarget(WindowsPlatform.Create(time), production, settings.ReportShare, string.Create(CultureInfo.InvariantCulture,
            $"windows from the agent's settings: stability {settings.StabilityWindow.TotalSeconds:0} s, hung after {settings.HungAfter.TotalSeconds:0} s"))
        {
            TrustedSigners = settings.TrustedSigners,
            PackageSource = settings.PackageSource,
        };
        return true;
    }

    /// <summary>The agent's version (major.minor.patch).</summary>
    public static string AgentVersion => typeof(RunTarget).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
