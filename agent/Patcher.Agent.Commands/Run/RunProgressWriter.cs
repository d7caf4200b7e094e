using System.Globalization;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Run;

/// <summary>The run's progress display: one line per step, with how long it took and how it ended.</summary>
public sealed class RunProgressWriter(TextWriter output, string? prefix = null)
{
    private readonly Lock _gate = new();

    public void Write(ReportedAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var seconds = (action.FinishedAt - action.StartedAt).TotalSeconds;
        var result = action.Result switch
        {
            ActionResult.Succeeded => "ok",
            ActionResult.Failed => "FAILED",
            _ => "skipped",
        };
        var line = string.Create(CultureInfo.InvariantCulture, $"{prefix}{action.Name,-15} {seconds,6:0.0} s  {result,-7} {action.Detail}");
        lock (_gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
