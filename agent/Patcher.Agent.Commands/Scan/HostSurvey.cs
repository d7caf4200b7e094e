using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Health;
using Patcher.Core.RunningModules;

namespace Patcher.Agent.Scan;

/// <summary>Discover, then probe health (and assess, given a baseline) for each installation on the target.</summary>
internal static class HostSurvey
{
    public static async Task<IReadOnlyList<SurveyedInstallation>> RunAsync(ScanTarget target, FixBaseline? baseline, CancellationToken cancellationToken = default)
    {
        var installations = await MtaDiscovery.DiscoverAsync(target.Platform, baseline?.FixFiles, cancellationToken).ConfigureAwait(false);
        var probe = new MtaHealthProbe(target.Platform, target.Health);
        var surveyed = new List<SurveyedInstallation>(installations.Count);
        foreach (var installation in installations)
        {
            var health = await probe.ProbeAsync(installation, cancellationToken).ConfigureAwait(false);
            if (baseline is null)
            {
                surveyed.Add(new SurveyedInstallation(installation, health, null));
                continue;
            }

            var (assessment, running) = RunningFixSurvey.Judge(target.Platform, FixAssessor.Assess(installation, baseline), health);
            surveyed.Add(new SurveyedInstallation(installation, health, assessment) { RunningTheFix = running });
        }

        return surveyed;
    }
}
