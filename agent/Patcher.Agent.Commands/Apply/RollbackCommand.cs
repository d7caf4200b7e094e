using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Agent.Run;
using Patcher.Core.Apply;
using Patcher.Core.Assessment;
using Patcher.Core.Packages;
using Patcher.Core.Reporting;
using Patcher.Core.Verification;

namespace Patcher.Agent.Apply;

/// <summary><c>patcher rollback [--json]</c>: restores the files the last completed apply replaced (Apply/README.md).</summary>
internal static class RollbackCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ApplyOptionsSet();
        var command = new Command(
            "rollback",
            "Roll back the last completed apply: restore the replaced files from their backups (hash-checked) and restart services as apply does. Exit 0 rolled back, 1 nothing to roll back or a damaged backup, 14 failed (needs the operator), 17 failed midway and undone (the patched files back), 18 services left stopped (named), 2 error.");
        options.AddTo(command, context.Hosts);
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, context.Hosts.SelectedTarget(parseResult), parseResult.GetValue(options.Json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? hostTarget, bool json, CancellationToken cancellationToken)
    {
        var report = new ApplyReport("rollback", json);
        if (!RunTarget.TryOpen(context.Hosts, hostTarget, RunMode.Apply, context.Time, out var target, out var problem))
        {
            return report.Finish(context, "error", ExitCodes.Error, problem);
        }

        var session = ApplySession.Open(target!, report, json ? null : new RunProgressWriter(context.Out).Write);
        try
        {
            var installation = await session.PrepareAsync(FixBaseline.Q248732, recover: true, cancellationToken).ConfigureAwait(false);
            if (session.Recovered.LastOrDefault(r => r.Outcome is ApplyOutcome.RolledBack or ApplyOutcome.Undone) is { } recovered)
            {
                // The interrupted rollback (or apply) was finished (undone) just now: the files are original; that is the rollback.
                return recovered.UnstartedServices is { Count: > 0 }
                    ? report.Finish(context, "rolled-back-services-stopped", ExitCodes.Failed, recovered.Message, done: recovered)
                    : report.Finish(context, ApplyReport.OutcomeName(ApplyOutcome.RolledBack), ExitCodes.Success, recovered.Message, done: recovered);
            }

            // The run's recovery loop: roll back, bring the MTA up, verify it runs on the originals.
            var inventory = PoisonSurvey.Take(target!.Platform, installation, EngineInspector.Instance);
            var conclusion = await session.Loop.RollBackAsync(installation, VerificationRequirements.Q248732, inventory, cancellationToken).ConfigureAwait(false);
            return report.Conclude(context, conclusion);
        }
        catch (ApplyException exception) when (exception.Code == ApplyException.HashMismatch)
        {
            // Thrown only by the check of the backups, before anything is touched.
            return report.Finish(context, "refused", ExitCodes.Refused, exception.Message, exception.Code);
        }
        catch (Exception exception) when (ApplyFailures.IsReportable(exception))
        {
            return ApplyFailures.Report(context, report, exception);
        }
    }
}
