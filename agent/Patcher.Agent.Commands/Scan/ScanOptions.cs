using System.CommandLine;

namespace Patcher.Agent.Scan;

/// <summary>The options <c>scan</c> and <c>check</c> share.</summary>
internal sealed class ScanOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON object (camelCase; fields in Scan/README.md) instead of a table." };

    public Option<TimeSpan?> HungAfter { get; } = new("--hung-after")
    {
        Description = "A running MTA whose queue makes no progress for longer than this is hung: 90s, 15m, 2h or 00:15:00. Default: 15m (a lab host: its lab.json window).",
        HelpName = "DURATION",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (HungAfterDuration.TryParse(text, out var duration))
            {
                return duration;
            }

            result.AddError($"--hung-after '{text}' is not a positive duration such as 90s, 15m, 2h or 00:15:00.");
            return null;
        },
    };

    public void AddTo(Command command, Hosts.IHostOpener hosts)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(hosts);
        command.Options.Add(Json);
        hosts.AddTargetOptions(command);
        command.Options.Add(HungAfter);
    }
}
