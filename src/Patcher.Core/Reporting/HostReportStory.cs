using System.Globalization;
using Patcher.Core.Platform;

namespace Patcher.Core.Reporting;

/// <summary>
/// A host report told as event-log entries (<see cref="HostReportEvents"/>): the run's start, each action, file change,
/// start attempt and verification round, and the outcome. Each message carries the time the thing happened and the run
/// id, so an admin reading the Application log alone can follow the run; entries are stamped with when they were written.
/// </summary>
internal static class HostReportStory
{
    public static IReadOnlyList<EventLogEntry> Tell(HostReport report, DateTimeOffset writtenAt)
    {
        var entries = new List<EventLogEntry>();
        void Add(int id, EventLevel level, string message) =>
            entries.Add(new EventLogEntry(EventLogEntry.ApplicationLog, HostReportEvents.Source, id, level, writtenAt, $"{message}{Environment.NewLine}Run {report.RunId} on {report.Host}."));

        var package = report.Package is { } p ? $" with package {p.Id} {p.Version} ({p.KbArticle}, SHA-256 {p.Sha256})" : string.Empty;
        Add(HostReportEvents.RunStarted, EventLevel.Information,
            $"Patcher {report.AgentVersion} started a {ModeName(report.Mode)} run at {Time(report.StartedAt)}{package}; {Count(report.Installations.Count, "MTA installation")} found.");
        foreach (var action in report.Actions)
        {
            var failed = action.Result == ActionResult.Failed;
            var detail = action.Detail is null ? string.Empty : $": {action.Detail}";
            Add(failed ? HostReportEvents.ActionFailed : HostReportEvents.ActionCompleted, failed ? EventLevel.Error : EventLevel.Information,
                $"Action {action.Name} {ResultName(action.Result)} ({Time(action.StartedAt)} to {Time(action.FinishedAt)}){detail}.");
        }

        foreach (var change in report.FileChanges)
        {
            var backup = change.BackupPath is null ? string.Empty : $"; the original is at {change.BackupPath}";
            Add(HostReportEvents.FileChanged, EventLevel.Information,
                $"{change.Target}: {change.OldVersion?.ToString() ?? "none"} (SHA-256 {change.OldSha256 ?? "none"}) replaced by {change.NewVersion?.ToString() ?? "unknown"} (SHA-256 {change.NewSha256}){backup}.");
        }

        foreach (var attempt in report.RestartAttempts)
        {
            var exit = attempt.Win32ExitCode is { } code ? $", Win32 exit code {code.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
            var ok = attempt.Result == RestartResult.Running;
            Add(ok ? HostReportEvents.RestartSucceeded : HostReportEvents.RestartAttemptFailed, ok ? EventLevel.Information : EventLevel.Warning,
                $"Start attempt {attempt.Attempt.ToString(CultureInfo.InvariantCulture)} of {attempt.Service} at {Time(attempt.At)}: {RestartName(attempt.Result)}{exit}.");
        }

        foreach (var round in report.Verifications)
        {
            var checks = string.Join(Environment.NewLine, round.Checks.Select(c => $"  [{(c.Held ? "held" : "FAILED")}] {c.Name}: {c.Evidence}"));
            Add(round.Recovered ? HostReportEvents.VerificationHeld : HostReportEvents.VerificationFailed, round.Recovered ? EventLevel.Information : EventLevel.Warning,
                $"Verification {round.Phase} of {round.Service} ({Time(round.StartedAt)} to {Time(round.FinishedAt)}): {(round.Recovered ? "recovered" : "NOT recovered")}.{Environment.NewLine}{checks}");
        }

        var (id, level) = HostReportEvents.ForOutcome(report.Outcome);
        Add(id, level, $"Run finished at {Time(report.FinishedAt)}: {report.Outcome.ToName()}. {report.OutcomeReason}");
        return entries;
    }

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n.ToString(CultureInfo.InvariantCulture)} {what}s";

    private static string ModeName(RunMode mode) => mode == RunMode.ScanOnly ? "scan-only" : "apply";

    private static string ResultName(ActionResult result) => result switch
    {
        ActionResult.Succeeded => "succeeded",
        ActionResult.Failed => "FAILED",
        _ => "skipped",
    };

    private static string RestartName(RestartResult result) => result switch
    {
        RestartResult.Running => "running",
        RestartResult.Failed => "stopped",
        RestartResult.TimedOut => "timed out",
        _ => "circuit open, no more attempts",
    };
}
