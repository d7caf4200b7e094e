using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>Compliance over time across every run read (history): up to <see cref="MaxPoints"/> evenly spaced moments.</summary>
internal static class ComplianceTrend
{
    /// <summary>The most points the trend has; the last is always the moment the newest run finished.</summary>
    public const int MaxPoints = 60;

    /// <summary>The trend of <paramref name="runs"/>, ordered by when they finished.</summary>
    public static IReadOnlyList<CompliancePoint> Of(IReadOnlyList<HostRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return [];
        }

        var first = runs[0].FinishedAt;
        var last = runs[^1].FinishedAt;
        var step = (last - first) / (MaxPoints - 1);
        var state = new Dictionary<string, HostRun>(StringComparer.Ordinal);
        var points = new List<CompliancePoint>();
        int compliant = 0, applicable = 0, next = 0;
        for (var i = 0; i < MaxPoints && (i == 0 || step > TimeSpan.Zero); i++)
        {
            var at = i == MaxPoints - 1 || step == TimeSpan.Zero ? last : first + (step * i);
            for (; next < runs.Count && runs[next].FinishedAt <= at; next++)
            {
                var run = runs[next];
                if (state.TryGetValue(run.HostKey, out var before))
                {
                    if (!FleetReportReader.IsNewer(run, before))
                    {
                        continue;
                    }

                    compliant -= before.Outcome.IsCompliant() ? 1 : 0;
                    applicable -= before.Outcome.FixApplies() ? 1 : 0;
                }

                state[run.HostKey] = run;
                compliant += run.Outcome.IsCompliant() ? 1 : 0;
                applicable += run.Outcome.FixApplies() ? 1 : 0;
            }

            points.Add(new CompliancePoint(at, compliant, applicable));
        }

        return points;
    }
}
