using System.CommandLine;

namespace Patcher.Agent.Scan;

/// <summary>The options <c>scan</c> and <c>check</c> share.</summary>
internal sealed class ScanOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON object (camelCase; fields in Scan/README.md) instead of a table." };

    public Option<string?> Lab { get; } = new("--lab") { Description = "Work on lab host DIR/NAME instead of this machine (required off Windows).", HelpName = "DIR/NAME" };

    public Option<TimeSpan?> HungAfter { get; } = new("--hung-after")
    {
        Description = "A running MTA whose queue makes no progress for longer than this is hung: 90s, 15m, 2h or 00:15:00. Default: the lab's window, else 15m.",
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

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Lab);
        command.Options.Add(HungAfter);
    }
}
