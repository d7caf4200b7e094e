using Patcher.Core.Discovery;

namespace Patcher.Core.Assessment;

/// <summary>An installation's verdict against a baseline, with the evidence behind it.</summary>
/// <param name="Installation">What was assessed.</param>
/// <param name="Baseline">What it was assessed against.</param>
/// <param name="Verdict">Where it stands.</param>
/// <param name="Reason">Why, in a sentence a human can act on.</param>
/// <param name="Evidence">The fix files (deciding), other MTA files and the registry's build (shown, not deciding).</param>
/// <param name="Disagreements">Where the registry, the SCM and the files disagree.</param>
public sealed record FixAssessment(
    MtaInstallation Installation,
    FixBaseline Baseline,
    FixVerdict Verdict,
    string Reason,
    IReadOnlyList<VersionEvidence> Evidence,
    IReadOnlyList<Disagreement> Disagreements);
