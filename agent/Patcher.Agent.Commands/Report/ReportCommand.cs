using System.CommandLine;
using Patcher.Agent.Cli;

namespace Patcher.Agent.Report;

/// <summary><c>patcher report DIR [--html FILE] [--csv FILE] [--json] [--out DIR] [--gates [--policy-of HOST]]</c>: the fleet view over a folder of host reports.</summary>
internal static class ReportCommand
{
    /// <summary>The <c>report</c> command, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder or share holding host reports (<host>-<runId>.json); the newest report per host counts." };
        var html = new Option<string?>("--html") { Description = "Write the fleet report as one self-contained HTML file (replaced if it exists).", HelpName = "FILE" };
        var csv = new Option<string?>("--csv") { Description = "Write one CSV row per host (RFC 4180; replaced if it exists).", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the fleet report as JSON (summary and hosts) instead of the table." };
        var output = new Option<string?>("--out") { Description = "Write report.html, report.csv and report.json into this folder (created if needed).", HelpName = "DIR" };
        var gates = new Option<bool>("--gates") { Description = "Also decide each rollout ring's gate and write it to DIR/gates/<ring>.json, with the ring policy (RingOrder, GateMinRecoveredHosts, GateMaxFailurePercent, RingDeferralHours) of this machine's settings." };
        var policyOf = new Option<string?>("--policy-of") { Description = "With --gates: whose settings give the ring policy; patcher-lab: a lab host DIR/NAME (patcher: this machine, the default).", HelpName = "HOST" };
        var command = new Command(
            "report",
            "Summarize a folder of host reports: counts by outcome, hosts needing attention, compliance; HTML, CSV or JSON. Exit code: the worst outcome (0 fine, 10-14 worse and worse, 3 no reports, 2 error).")
        {
            folder,
            html,
            csv,
            json,
            output,
            gates,
            policyOf,
        };
        command.SetAction(parseResult => ReportRequest.Run(
            context,
            new ReportRequest(
                parseResult.GetRequiredValue(folder),
                parseResult.GetValue(html),
                parseResult.GetValue(csv),
                parseResult.GetValue(json),
                parseResult.GetValue(output))
            {
                Gates = parseResult.GetValue(gates),
                GatesTarget = parseResult.GetValue(policyOf),
            }));
        return command;
    }
}
