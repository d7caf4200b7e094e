namespace Patcher.Agent.Fleet;

/// <summary>The fleet's compliance at one moment: each host counted by its newest run finished by then.</summary>
/// <param name="At">The moment.</param>
/// <param name="Compliant">Hosts compliant or patched-recovered then.</param>
/// <param name="Applicable">Hosts the fix applied to then (reported, not not-applicable or no-mta).</param>
internal sealed record CompliancePoint(DateTimeOffset At, int Compliant, int Applicable)
{
    /// <summary>Compliant as a percentage of applicable, 0 when none applied.</summary>
    public double Percent => Applicable == 0 ? 0 : 100.0 * Compliant / Applicable;
}
