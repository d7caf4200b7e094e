using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>The colour of each outcome in the HTML report: reds for the worst, ambers for attention, greens and greys for fine.</summary>
internal static class OutcomeColors
{
    public static string Of(HostOutcome outcome) => outcome switch
    {
        HostOutcome.Failed => "#b3261e",
        HostOutcome.Error => "#7b1fa2",
        HostOutcome.RolledBack => "#e8590c",
        HostOutcome.Vulnerable => "#f08c00",
        HostOutcome.Held => "#1971c2",
        HostOutcome.PatchedNotVerified => "#c9a400",
        HostOutcome.PatchedRecovered => "#2b8a3e",
        HostOutcome.Compliant => "#40c057",
        HostOutcome.NotApplicable => "#868e96",
        HostOutcome.NoMta => "#ced4da",
        _ => "#000000",
    };
}
