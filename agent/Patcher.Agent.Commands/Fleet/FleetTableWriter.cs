using System.Globalization;
using Patcher.Agent.Scan;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>The fleet for a terminal: one line per host, then the counts, the compliance and what needs attention.</summary>
internal static class FleetTableWriter
{
    public static void Write(TextWriter output, FleetReport fleet, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fleet);
        var table = new TextTable("HOST", "OUTCOME", "FINISHED (UTC)", "VERSIONS", "REASON");
        foreach (var host in fleet.Hosts)
        {
            table.Add(host.Host, host.Outcome.ToName(), FleetText.Time(host.FinishedAt), host.Versions, host.Reason);
        }

        table.Write(output);
        output.WriteLine();
        output.WriteLine(FleetText.Counts(fleet));
        output.WriteLine(FleetText.Compliance(fleet));
        foreach (var host in fleet.NeedsAttention)
        {
            output.WriteLine($"needs attention: {host.Host} {host.Outcome.ToName()}: {host.Reason}");
        }

        foreach (var problem in fleet.Problems)
        {
            output.WriteLine($"unreadable: {problem.File}: {problem.Message}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode}"));
    }
}
