using Patcher.Agent.Report;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Run;

/// <summary>
/// The exit codes of <c>patcher run</c> (Run/README.md): the host's outcome mapped exactly as <c>patcher report</c> maps a
/// fleet's worst outcome, so a scheduler reads both alike; 2 when the run could not start.
/// </summary>
internal static class RunExitCodes
{
    /// <summary>Usage error, or the host cannot be opened.</summary>
    public const int Error = ReportExitCodes.Error;

    /// <summary>0 compliant/patched-recovered/not-applicable/no-mta, 10 patched-not-verified, 11 vulnerable, 12 rolled-back, 13 error, 14 failed.</summary>
    public static int For(HostOutcome outcome) => ReportExitCodes.For(outcome);
}
