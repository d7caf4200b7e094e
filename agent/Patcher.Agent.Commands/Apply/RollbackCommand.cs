using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Core.Apply;

namespace Patcher.Agent.Apply;

/// <summary><c>patcher rollback [--json]</c>: restores the files the last completed apply replaced (Apply/README.md).</summary>
internal static class RollbackCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ApplyOptionsSet();
        var command = new Command(
            "rollback",
            "Roll back the last completed apply: restore the replaced files from their backups (hash-checked) and restart services as apply does. Exit 0 rolled back, 1 nothing to roll back or a damaged backup, 14 failed (needs the operator), 2 error.");
        options.AddTo(command, context.Hosts);
        command.SetAction(parseResult => Run(context, context.Hosts.SelectedTarget(parseResult), parseResult.GetValue(options.Json)));
        return command;
    }

    private static int Run(CliContext context, string? target, bool json)
    {
        var report = new ApplyReport("rollback", json);
        if (!ApplyHost.TryOpen(context.Hosts, target, context.Time, out var host, out var problem))
        {
            return report.Finish(context, "error", ExitCodes.Error, problem);
        }

        var session = new ApplySession(host!, host!.Host.ApplyOptionsFor(host.Host.Settings.Load().Settings), report);
        try
        {
            var installation = session.PrepareAsync(recover: true, CancellationToken.None).GetAwaiter().GetResult();
            if (session.Recovered.LastOrDefault(r => r.Outcome is ApplyOutcome.RolledBack or ApplyOutcome.Undone) is { } recovered)
            {
                // The interrupted rollback (or apply) was finished (undone) just now: the files are original; that is the rollback.
                return Done(context, report, recovered);
            }

            var result = new HotfixRollback(host!.Platform, host.Services, session.Options).RollBackAsync(installation.InstallRoot).GetAwaiter().GetResult();
            return Done(context, report, result);
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

    /// <summary>Rolled back; but a service that could not be started again needs the operator (exit 4).</summary>
    private static int Done(CliContext context, ApplyReport report, ApplyResult result) =>
        result.UnstartedServices is { Count: > 0 }
            ? report.Finish(context, "rolled-back-services-stopped", ExitCodes.Failed, result.Message, done: result)
            : report.Finish(context, ApplyReport.OutcomeName(ApplyOutcome.RolledBack), ExitCodes.Success, result.Message, done: result);
}
