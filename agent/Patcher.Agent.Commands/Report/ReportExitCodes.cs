using Patcher.Core.Reporting;

namespace Patcher.Agent.Report;

/// <summary>
/// The exit codes of <c>patcher report</c> (Report/README.md): the worst host outcome wins, and the higher the code the
/// worse; 2 and 3 say the fleet could not be judged at all.
/// </summary>
internal static class ReportExitCodes
{
    /// <summary>Every host is <c>compliant</c>, <c>patched-recovered</c>, <c>not-applicable</c> or <c>no-mta</c>.</summary>
    public const int Success = 0;

    /// <summary>Usage error, the folder is missing or cannot be listed, or an output file cannot be written.</summary>
    public const int Error = 2;

    /// <summary>The folder holds no host report at all (no <c>*.json</c> file): nothing to judge.</summary>
    public const int NoReports = 3;

    /// <summary>The worst host is <c>patched-not-verified</c>.</summary>
    public const int PatchedNotVerified = 10;

    /// <summary>The worst host is <c>vulnerable</c> (a scan-only run found the defect).</summary>
    public const int Vulnerable = 11;

    /// <summary>The worst host is <c>rolled-back</c>.</summary>
    public const int RolledBack = 12;

    /// <summary>The worst host is <c>error</c>, or a report file could not be read (some host's state is unknown).</summary>
    public const int HostError = 13;

    /// <summary>A host is <c>failed</c>: its MTA may be down.</summary>
    public const int Failed = 14;

    /// <summary>The code for a fleet: the worst outcome, unreadable files counting as <c>error</c>; <see cref="NoReports"/> for an empty folder.</summary>
    public static int For(FleetReport fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        if (fleet.Hosts.Count == 0 && fleet.Problems.Count == 0)
        {
            return NoReports;
        }

        var outcomes = fleet.Hosts.Select(h => h.Outcome);
        if (fleet.Problems.Count > 0)
        {
            outcomes = outcomes.Append(HostOutcome.Error);
        }

        return HostOutcomeNames.Worst(outcomes) is { } worst ? For(worst) : Success;
    }

    /// <summary>The code one outcome earns.</summary>
    public static int For(HostOutcome outcome) => outcome switch
    {
        HostOutcome.Failed => Failed,
        HostOutcome.Error => HostError,
        HostOutcome.RolledBack => RolledBack,
        HostOutcome.Vulnerable => Vulnerable,
        HostOutcome.PatchedNotVerified => PatchedNotVerified,
        _ => Success,
    };
}
