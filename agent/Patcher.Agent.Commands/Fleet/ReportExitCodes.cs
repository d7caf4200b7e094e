using Patcher.Agent.Cli;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The exit code of <c>patcher report</c> (Report/README.md), from the one scheme in <see cref="ExitCodes"/>: the worst
/// host outcome wins; 2 and 3 say the fleet could not be judged at all.
/// </summary>
internal static class ReportExitCodes
{
    /// <summary>The code for a fleet: the worst outcome, unreadable files counting as <c>error</c>; <see cref="ExitCodes.NoReports"/> for an empty folder.</summary>
    public static int For(FleetReport fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        if (fleet.Hosts.Count == 0 && fleet.Problems.Count == 0)
        {
            return ExitCodes.NoReports;
        }

        var outcomes = fleet.Hosts.Select(h => h.Outcome);
        if (fleet.Problems.Count > 0)
        {
            outcomes = outcomes.Append(HostOutcome.Error);
        }

        return HostOutcomeNames.Worst(outcomes) is { } worst ? ExitCodes.For(worst) : ExitCodes.Success;
    }

}
