namespace Patcher.Core.Pipeline;

/// <summary>The run's action names beyond <see cref="Reporting.ReportActions"/>.</summary>
public static class RunActions
{
    /// <summary>An operation a previous run left unfinished was finished or undone.</summary>
    public const string RecoverJournal = "recover-journal";

    /// <summary>The queue inspected for poison messages before the patch.</summary>
    public const string SurveyQueue = "survey-queue";

    /// <summary>The apply planned (files, services).</summary>
    public const string Plan = "plan";

    /// <summary>The package applied (stage, back up, stop, swap, start; journaled).</summary>
    public const string Apply = "apply";

    /// <summary>The rollout ring's gate held the apply (<c>skipped</c>, the detail says why).</summary>
    public const string RingGate = "ring-gate";
}
