using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Agent.Run;
using Patcher.Core.Apply;
using Patcher.Core.Reporting;
using Patcher.Core.Verification;
using Patcher.Packaging.Verification;

namespace Patcher.Agent.Apply;

/// <summary>
/// <c>patcher apply --package FILE [--trusted-signer FINGERPRINT]... [--allow-downgrade] [--what-if] [--json]</c>: verifies
/// the package, plans, and runs the run's recovery loop: apply with a journal, restart, verify, roll back when the MTA
/// does not recover (Apply/README.md).
/// </summary>
internal static class ApplyCommand
{
    public static Command Create(CliContext context)
    {
        var package = new Option<FileInfo>("--package") { Description = "The signed hotfix package (.nupkg).", HelpName = "FILE", Required = true };
        var trusted = new Option<string[]>("--trusted-signer")
        {
            Description = "The SHA-256 fingerprint of a signer to trust (64 hex digits; repeat for several). The package must be signed by one.",
            HelpName = "FINGERPRINT",
        };
        var whatIf = new Option<bool>("--what-if") { Description = "Print the plan (each file old -> new version and hash, services to stop and start, in order) and change nothing." };
        var allowDowngrade = new Option<bool>("--allow-downgrade")
        {
            Description = "Install payloads older than the installed files (refused otherwise, AP008); the AllowDowngrade setting does the same by policy.",
        };
        var options = new ApplyOptionsSet();
        var command = new Command(
            "apply",
            "Apply a hotfix package to the MTA: verify it, stage, back up, stop services, swap, restart with retries, verify recovery, roll back if it does not recover; journaled so a crash is finished or undone by the next run. Exit 0 applied and recovered or nothing to do, 1 refused, 10 applied but not verified, 12 rolled back, 14 failed (needs the operator), 18 services left stopped (named), 2 error.")
        {
            package, trusted, whatIf, allowDowngrade,
        };
        options.AddTo(command, context.Hosts);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context,
            parseResult.GetValue(package)!.FullName,
            parseResult.GetValue(trusted) ?? [],
            parseResult.GetValue(whatIf),
            parseResult.GetValue(allowDowngrade),
            context.Hosts.SelectedTarget(parseResult),
            parseResult.GetValue(options.Json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string packagePath, string[] trustedSigners, bool whatIf, bool allowDowngrade, string? hostTarget, bool json, CancellationToken cancellationToken)
    {
        var report = new ApplyReport("apply", json);
        if (!RunTarget.TryOpen(context.Hosts, hostTarget, RunMode.Apply, context.Time, out var target, out var problem))
        {
            return report.Finish(context, "error", ExitCodes.Error, problem);
        }

        // Trust comes from the command line and from configuration or policy (TrustedSigners); so may a downgrade.
        trustedSigners = [.. trustedSigners, .. target!.TrustedSigners];
        target = target with { Options = target.Options with { Apply = target.Options.Apply with { AllowDowngrade = target.Options.Apply.AllowDowngrade || allowDowngrade } } };
        var session = ApplySession.Open(target, report, json || whatIf ? null : new RunProgressWriter(context.Out).Write);
        try
        {
            // The package first: a refused one changes nothing on the host. What-if changes nothing either, not even an
            // interrupted operation: the next real run recovers it.
            var package = await HotfixPackageVerifier.OpenAsync(packagePath, trustedSigners, cancellationToken).ConfigureAwait(false);
            var installation = await session.PrepareAsync(package.Manifest.Baseline, recover: !whatIf, cancellationToken).ConfigureAwait(false);
            report.Package(package);
            var plan = await ApplyPlanner.PlanAsync(target.Platform, installation, package, session.Options, cancellationToken).ConfigureAwait(false);
            report.Plan(plan);
            if (whatIf)
            {
                return report.Finish(context, "planned", ExitCodes.Success, plan.NothingToDo
                    ? "every target already has the payload's hash: apply would change nothing."
                    : "what-if: nothing was changed.");
            }

            // The run's recovery loop: apply, bring the MTA up, verify; roll back when it is not recovered.
            var inventory = PoisonSurvey.Take(target.Platform, installation, EngineInspector.Instance);
            var conclusion = await session.Loop.ApplyAsync(plan, package, inventory, cancellationToken).ConfigureAwait(false);
            return report.Conclude(context, conclusion);
        }
        catch (Exception exception) when (ApplyFailures.IsReportable(exception))
        {
            return ApplyFailures.Report(context, report, exception);
        }
    }
}
