namespace Patcher.Core.Rollout;

/// <summary>
/// One ring's gate as <c>patcher report</c> decides it and writes it to <c>gates/&lt;ring&gt;.json</c> on the report
/// share, with the figures it was decided on. A gate can only hold an agent, never make it apply: an open gate lets the
/// agent go on as if there were no rings (signed package, assessment and all).
/// </summary>
/// <param name="Format">Always <see cref="CurrentFormat"/>.</param>
/// <param name="Ring">The ring this gate is for; must match the file's name.</param>
/// <param name="State"><c>open</c> or <c>closed</c>.</param>
/// <param name="DecidedAt">When <c>patcher report</c> decided it.</param>
/// <param name="RingsBefore">The rings whose hosts it was decided on, in order.</param>
/// <param name="MinRecoveredHosts">N, as policy set it.</param>
/// <param name="MaxFailurePercent">The highest failure rate, as policy set it.</param>
/// <param name="DeferralHours">How long a host must have been patched-recovered to count.</param>
/// <param name="Recovered">Hosts of the rings before that were patched-recovered (at least the deferral ago) and still are.</param>
/// <param name="Failing">Hosts of the rings before whose newest outcome is failed, rolled-back or patched-not-verified.</param>
/// <param name="FailurePercent">Failing as a percentage of the hosts of the rings before that applied (recovered or failing), one decimal.</param>
/// <param name="Reason">Why it is open or closed, in a sentence.</param>
public sealed record RingGate(
    string Format,
    string Ring,
    string State,
    DateTimeOffset DecidedAt,
    IReadOnlyList<string> RingsBefore,
    int MinRecoveredHosts,
    int MaxFailurePercent,
    int DeferralHours,
    int Recovered,
    int Failing,
    double FailurePercent,
    string Reason)
{
    /// <summary>The format every gate file carries.</summary>
    public const string CurrentFormat = "patcher-ring-gate 1";

    /// <summary>The open state.</summary>
    public const string Open = "open";

    /// <summary>The closed state.</summary>
    public const string Closed = "closed";

    /// <summary>Whether the gate lets its ring apply.</summary>
    public bool IsOpen => State == Open;
}
