using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.X411.Model;
using Patcher.X411.Mta;

namespace Patcher.Agent.Ndr;

/// <summary>
/// <c>patcher ndr FILE -o OUT</c>: builds the non-delivery report the patched MTA owes the originator of a rejected
/// message (KB Q248732: invalid-arguments, 11, for a zero-length arrival time) and writes it atomically.
/// </summary>
internal static class NdrCommand
{
    /// <summary>The <c>ndr</c> command, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The rejected message: one BER-encoded P1 APDU (at most 64 MiB)." };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the NDR (a BER-encoded report APDU). Never replaced unless --force.",
            Required = true,
        };
        var reportingMta = new Option<string>("--reporting-mta")
        {
            Description = "The reporting MTA's name (1..32 printable ASCII characters), written as internal trace. Default: this host's name.",
            DefaultValueFactory = _ => NdrRequest.DefaultMtaName(),
        };
        reportingMta.Validators.Add(result =>
        {
            if (MtaNames.Problem(result.GetValueOrDefault<string>()) is { } problem)
            {
                result.AddError($"--reporting-mta: {problem}");
            }
        });
        var reportingDomain = new Option<GlobalDomainIdentifier?>("--reporting-domain")
        {
            Description = "The reporting domain, e.g. \"c=US;a= ;p=Contoso\": c= and a= required, p= optional; c= and p= cannot be empty or blank (a= can be a single space: any ADMD). Default: the domain of the message's last trace element.",
            HelpName = "c=..;a=..;p=..",
            CustomParser = result =>
            {
                if (GlobalDomainIdentifier.TryParse(result.Tokens[0].Value, out var domain, out var problem))
                {
                    return domain;
                }

                result.AddError($"--reporting-domain: {problem}");
                return null;
            },
        };
        var force = new Option<bool>("--force") { Description = "Replace OUT if it exists." };
        var command = new Command(
            "ndr",
            "Build the NDR for a rejected message. Exit 0 when written, 1 when the message is valid (no NDR owed), 2 on error.")
        {
            file,
            output,
            reportingMta,
            reportingDomain,
            force,
        };
        command.SetAction(parseResult => NdrRequest.Run(
            context,
            new NdrRequest(
                parseResult.GetRequiredValue(file),
                parseResult.GetRequiredValue(output),
                parseResult.GetValue(reportingMta) ?? NdrRequest.DefaultMtaName(),
                parseResult.GetValue(reportingDomain),
                parseResult.GetValue(force))));
        return command;
    }
}
