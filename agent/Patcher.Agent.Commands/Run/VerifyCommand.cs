using System.CommandLine;
using System.Text.Json;
using Patcher.Agent.Cli;
using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Exchange;
using Patcher.Core.Packages;
using Patcher.Core.Pipeline;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.Verification;

namespace Patcher.Agent.Run;

/// <summary>
/// <c>patcher verify [--json]</c>: watches the MTA through the stability window and says whether it is
/// recovered, check by check. Exit 0 recovered, 14 not recovered, 10 unknown, 2 error (README, exit codes).
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Write the verification (checks with evidence) as JSON." };
        var command = new Command("verify", "Verify that the MTA recovered: running through the stability window, exit code not 1067, no SCM 7031/7034 since its start, queue progress, poison rejected with NDR (11). Exit 0 recovered, 14 not recovered, 10 unknown, 2 error.")
        {
            json,
        };
        context.Hosts.AddTargetOptions(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, context.Hosts.SelectedTarget(parseResult), parseResult.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? hostTarget, bool json, CancellationToken cancellationToken)
    {
        if (!RunTarget.TryOpen(context.Hosts, hostTarget, RunMode.Apply, context.Time, out var target, out var problem))
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} verify: {problem}");
            return ExitCodes.Error;
        }

        var host = target!.Platform;
        MtaInstallation? installation;
        PoisonInventory inventory;
        RecoveryVerification verification;
        try
        {
            installation = (await MtaDiscovery.DiscoverAsync(host, FixBaseline.Q248732.FixFiles, cancellationToken).ConfigureAwait(false)).FirstOrDefault(i => i.ServiceName is not null);
            if (installation is null)
            {
                context.Error.WriteLine($"{context.Hosts.ToolName} verify: no MTA service on {host.MachineName}: nothing to verify.");
                return ExitCodes.Error;
            }

            if (!json)
            {
                context.Out.WriteLine($"verifying {installation.ServiceName} on {host.MachineName} ({target.Windows})");
            }

            inventory = PoisonSurvey.Take(host, installation, EngineInspector.Instance);

            // The run's own verification step and "restarted at" rule: the MTA's last start (event 9298) within a day,
            // else one stability window ago. Q248732's requirements are the one built-in definition.
            var now = host.Time.GetUtcNow();
            verification = await new RecoveryLoop(host, EngineInspector.Instance, target.Options)
                .VerifyAsync(installation, VerificationRequirements.Q248732, inventory, "verify", now - TimeSpan.FromDays(1), now - target.Options.Verification.StabilityWindow, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ServiceControlException or HostPlatformException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} verify: cannot read {host.MachineName}: {exception.Message}");
            return ExitCodes.Error;
        }

        if (json)
        {
            var document = new VerifyDocument(verification.Verdict.ToName(), verification.Service, verification.RestartedAt, verification.StartedAt, verification.FinishedAt, inventory.Summary,
                [.. verification.Checks.Select(c => c.ToReport())])
            {
                LoadedModules = verification.ToRound("verify").LoadedModules?.Select(m => new LoadedModuleDocument(m.Name, m.Path, m.Version?.ToString(), m.Sha256, m.Problem)).ToArray(),
            };
            context.Out.WriteLine(JsonSerializer.Serialize(document, VerifyJsonContext.Default.VerifyDocument));
        }
        else
        {
            context.Out.WriteLine($"poison inventory: {inventory.Summary}");
            foreach (var check in verification.Checks)
            {
                context.Out.WriteLine($"  [{(check.State == RecoveryCheckState.Held ? "held" : check.State == RecoveryCheckState.Failed ? "FAILED" : "unknown")}] {check.Name}: {check.Evidence}");
            }

            context.Out.WriteLine($"verdict: {verification.Verdict.ToName()}: {verification.Summary}");
        }

        return verification.Verdict switch
        {
            // As the run judges a verification: unknown is "not verified", not recovered needs the operator.
            RecoveryVerdict.Recovered => ExitCodes.Success,
            RecoveryVerdict.NotRecovered => ExitCodes.Failed,
            _ => ExitCodes.PatchedNotVerified,
        };
    }
}
